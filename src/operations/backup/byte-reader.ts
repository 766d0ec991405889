/**
 * Reads exact byte counts from a stream of chunks: the archive's container and its encryption layer
 * are both length-prefixed, and neither wants to hold more than one record in memory.
 */
export class ByteReader {
  private chunks: Buffer[] = []
  private buffered = 0
  private ended = false
  private readonly source: AsyncIterator<Buffer>

  constructor(source: AsyncIterable<Buffer>) {
    this.source = source[Symbol.asyncIterator]()
  }

  private async fill(count: number): Promise<void> {
    while (this.buffered < count && !this.ended) {
      const next = await this.source.next()
      if (next.done) this.ended = true
      else if (next.value.length > 0) {
        this.chunks.push(next.value)
        this.buffered += next.value.length
      }
    }
  }

  private take(count: number): Buffer {
    const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks)
    this.chunks = count < all.length ? [all.subarray(count)] : []
    this.buffered = all.length - count
    return all.subarray(0, count)
  }

  /** Exactly `count` bytes, or undefined when the stream ends before them. */
  async exact(count: number): Promise<Buffer | undefined> {
    await this.fill(count)
    if (this.buffered < count) return undefined
    return this.take(count)
  }

  /** The next `count` bytes without consuming them, or undefined when the stream ends before them. */
  async peek(count: number): Promise<Buffer | undefined> {
    await this.fill(count)
    if (this.buffered < count) return undefined
    const all = Buffer.concat(this.chunks)
    this.chunks = [all]
    return all.subarray(0, count)
  }

  /** Whether nothing is left. */
  async atEnd(): Promise<boolean> {
    await this.fill(1)
    return this.buffered === 0
  }

  /** The next `count` bytes in chunks; throws `TruncatedError` when the stream ends first. */
  async *span(count: number): AsyncGenerator<Buffer> {
    let left = count
    while (left > 0) {
      await this.fill(1)
      if (this.buffered === 0) throw new TruncatedError()
      const piece = this.take(Math.min(left, this.buffered, 1 << 20))
      left -= piece.length
      yield piece
    }
  }
}

export class TruncatedError extends Error {
  constructor() {
    super('the archive ends too early (truncated)')
  }
}

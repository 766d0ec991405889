/**
 * At most `size` renders at a time; the others wait their turn in arrival order. Rendering is CPU
 * work on one thread: running thirty of them at once finishes none sooner, and each holds its
 * queries' results in memory meanwhile, so a burst of uncached requests would only grow the heap.
 */
export class RenderSlots {
  private busy = 0
  private readonly waiting: (() => void)[] = []

  constructor(private readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`render slots must be a positive whole number, got ${size}`)
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve))
    else this.busy++
    try {
      return await work()
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = this.waiting.shift()
      if (next) next()
      else this.busy--
    }
  }

  /** Renders running and waiting (for tests and operators). */
  get load(): { running: number; waiting: number } {
    return { running: this.busy, waiting: this.waiting.length }
  }
}

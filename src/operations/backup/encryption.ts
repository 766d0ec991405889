/**
 * Optional encryption of a whole archive with BACKUP_PASSPHRASE: AES-256-GCM over 64 KiB chunks,
 * key derived by scrypt from the passphrase and a random salt kept in the header. Each chunk is
 * authenticated with its number and whether it is the last, so a reordered, cut or altered archive is
 * refused; a key check in the header tells a wrong passphrase apart from damage.
 */
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { type ByteReader, TruncatedError } from './byte-reader'

export const ENCRYPTED_MAGIC = Buffer.from('BELFORT-BACKUP-E1\n')
const CHUNK = 64 * 1024
const TAG = 16
const SCRYPT = { N: 1 << 15, r: 8, p: 1 }

interface EncryptionHeader {
  kdf: 'scrypt'
  N: number
  r: number
  p: number
  salt: string
  nonce: string
  check: string
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('the passphrase does not open this archive (BACKUP_PASSPHRASE is wrong)')
  }
}

export class DamagedEncryptionError extends Error {}

function deriveKey(passphrase: string, salt: Buffer, header: Pick<EncryptionHeader, 'N' | 'r' | 'p'>): Buffer {
  return scryptSync(passphrase, salt, 32, { N: header.N, r: header.r, p: header.p, maxmem: 256 * header.N * header.r })
}

function iv(nonce: Buffer, counter: number): Buffer {
  const value = Buffer.alloc(12)
  nonce.copy(value, 0, 0, 8)
  value.writeUInt32BE(counter, 8)
  return value
}

function chunkAad(header: Buffer, last: boolean): Buffer {
  return Buffer.concat([header, Buffer.from([last ? 1 : 0])])
}

const CHECK_COUNTER = 0xffffffff

function keyCheck(key: Buffer, nonce: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-gcm', key, iv(nonce, CHECK_COUNTER))
  cipher.setAAD(Buffer.from('belfort-key-check'))
  cipher.final()
  return cipher.getAuthTag()
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4)
  buffer.writeUInt32BE(value)
  return buffer
}

/** A transform that turns the plain archive into its encrypted form. */
export function encryptingStream(passphrase: string): Transform {
  const salt = randomBytes(16)
  const nonce = randomBytes(8)
  const key = deriveKey(passphrase, salt, SCRYPT)
  const headerJson: EncryptionHeader = {
    kdf: 'scrypt',
    ...SCRYPT,
    salt: salt.toString('base64'),
    nonce: nonce.toString('base64'),
    check: keyCheck(key, nonce).toString('base64'),
  }
  const header = Buffer.from(JSON.stringify(headerJson))
  let pending: Buffer[] = []
  let pendingBytes = 0
  let counter = 0
  let started = false
  const seal = (plain: Buffer, last: boolean): Buffer => {
    const cipher = createCipheriv('aes-256-gcm', key, iv(nonce, counter))
    counter += 1
    cipher.setAAD(chunkAad(header, last))
    const body = Buffer.concat([cipher.update(plain), cipher.final()])
    return Buffer.concat([u32(body.length), body, cipher.getAuthTag()])
  }
  const start = (stream: Transform) => {
    if (started) return
    started = true
    stream.push(Buffer.concat([ENCRYPTED_MAGIC, u32(header.length), header]))
  }
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      start(this)
      pending.push(chunk)
      pendingBytes += chunk.length
      if (pendingBytes > CHUNK) {
        let all = Buffer.concat(pending)
        // Keep the last bytes back: the final chunk must be sealed as the last one.
        while (all.length > CHUNK) {
          this.push(seal(all.subarray(0, CHUNK), false))
          all = all.subarray(CHUNK)
        }
        pending = [all]
        pendingBytes = all.length
      }
      callback()
    },
    flush(callback: TransformCallback) {
      start(this)
      this.push(seal(Buffer.concat(pending), true))
      callback()
    },
  })
}

/** The plain archive out of an encrypted one whose magic has already been read. */
export async function* decrypt(reader: ByteReader, passphrase: string): AsyncGenerator<Buffer> {
  const length = await reader.exact(4)
  if (!length) throw new TruncatedError()
  const size = length.readUInt32BE()
  if (size > 4096) throw new DamagedEncryptionError('the encryption header is damaged')
  const header = await reader.exact(size)
  if (!header) throw new TruncatedError()
  let parsed: EncryptionHeader
  try {
    parsed = JSON.parse(header.toString('utf8')) as EncryptionHeader
  } catch {
    throw new DamagedEncryptionError('the encryption header is damaged')
  }
  if (parsed.kdf !== 'scrypt' || ![parsed.N, parsed.r, parsed.p].every(Number.isInteger) || parsed.N > 1 << 20) {
    throw new DamagedEncryptionError('the encryption header is damaged')
  }
  const nonce = Buffer.from(parsed.nonce, 'base64')
  const key = deriveKey(passphrase, Buffer.from(parsed.salt, 'base64'), parsed)
  const check = createDecipheriv('aes-256-gcm', key, iv(nonce, CHECK_COUNTER))
  check.setAAD(Buffer.from('belfort-key-check'))
  check.setAuthTag(Buffer.from(parsed.check, 'base64'))
  try {
    check.final()
  } catch {
    throw new WrongPassphraseError()
  }
  for (let counter = 0; ; counter += 1) {
    const prefix = await reader.exact(4)
    if (!prefix) throw new TruncatedError()
    const bodyLength = prefix.readUInt32BE()
    if (bodyLength > CHUNK) throw new DamagedEncryptionError(`encrypted block ${counter} is damaged`)
    const sealed = await reader.exact(bodyLength + TAG)
    if (!sealed) throw new TruncatedError()
    const open = (last: boolean): Buffer | undefined => {
      const decipher = createDecipheriv('aes-256-gcm', key, iv(nonce, counter))
      decipher.setAAD(chunkAad(header, last))
      decipher.setAuthTag(sealed.subarray(bodyLength))
      try {
        return Buffer.concat([decipher.update(sealed.subarray(0, bodyLength)), decipher.final()])
      } catch {
        return undefined
      }
    }
    const middle = open(false)
    if (middle) {
      yield middle
      continue
    }
    const last = open(true)
    if (!last) throw new DamagedEncryptionError(`encrypted block ${counter} is damaged`)
    yield last
    if (!(await reader.atEnd())) throw new DamagedEncryptionError('the archive has bytes after its last encrypted block')
    return
  }
}

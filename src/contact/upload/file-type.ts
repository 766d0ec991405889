export type AttachmentKind = 'pdf' | 'png' | 'jpeg' | 'webp'

export const ATTACHMENT_TYPES: Record<AttachmentKind, { mimeType: string; extensions: readonly string[] }> = {
  pdf: { mimeType: 'application/pdf', extensions: ['pdf'] },
  png: { mimeType: 'image/png', extensions: ['png'] },
  jpeg: { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  webp: { mimeType: 'image/webp', extensions: ['webp'] },
}

const KINDS = Object.keys(ATTACHMENT_TYPES) as AttachmentKind[]

const ascii = (text: string): readonly number[] => Array.from(text, (character) => character.charCodeAt(0))

const PDF = ascii('%PDF-')
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG = [0xff, 0xd8, 0xff]
const RIFF = ascii('RIFF')
const WEBP = ascii('WEBP')

function hasAt(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false
  return signature.every((byte, index) => bytes[offset + index] === byte)
}

/**
 * What the bytes are, from their signature (magic bytes); undefined when none of ours.
 * The name and type a browser sends are the sender's word; only this is looked at to trust a file.
 */
export function sniffAttachment(bytes: Uint8Array): AttachmentKind | undefined {
  if (hasAt(bytes, PDF)) return 'pdf'
  if (hasAt(bytes, PNG)) return 'png'
  if (hasAt(bytes, JPEG)) return 'jpeg'
  // RIFF is a container (WAV and AVI use it too); bytes 4–7 are its length, 8–11 its form.
  if (hasAt(bytes, RIFF) && hasAt(bytes, WEBP, 8)) return 'webp'
  return undefined
}

/** The kind a file name claims by its extension (case-insensitive; .jpg and .jpeg both jpeg). */
export function kindFromFileName(name: string): AttachmentKind | undefined {
  const dot = name.lastIndexOf('.')
  if (dot < 0) return undefined
  const extension = name.slice(dot + 1).toLowerCase()
  return KINDS.find((kind) => ATTACHMENT_TYPES[kind].extensions.includes(extension))
}

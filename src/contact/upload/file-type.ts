export type AttachmentKind = 'pdf' | 'png' | 'jpeg' | 'webp'

export const ATTACHMENT_TYPES: Record<AttachmentKind, { mimeType: string; extensions: readonly string[] }> = {
  pdf: { mimeType: 'application/pdf', extensions: ['pdf'] },
  png: { mimeType: 'image/png', extensions: ['png'] },
  jpeg: { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  webp: { mimeType: 'image/webp', extensions: ['webp'] },
}

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte)

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0))

/** What the bytes are, from their signature; the name a browser sends proves nothing. */
export function sniffAttachment(bytes: Uint8Array): AttachmentKind | undefined {
  if (startsWith(bytes, ascii('%PDF-'))) return 'pdf'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'webp'
  return undefined
}

/** The kind a file name claims by its extension. */
export function kindFromFileName(name: string): AttachmentKind | undefined {
  const dot = name.lastIndexOf('.')
  if (dot < 0) return undefined
  const extension = name.slice(dot + 1).toLowerCase()
  return (Object.keys(ATTACHMENT_TYPES) as AttachmentKind[]).find((kind) => ATTACHMENT_TYPES[kind].extensions.includes(extension))
}

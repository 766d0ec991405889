/**
 * Opening a shareable preview link: which draft it shows, or why it cannot be opened. A link that
 * opens has its use written to the audit trail (which is also its count) before the draft is shown.
 */
import type { Payload } from 'payload'
import { payloadRuntime } from '@/payload-runtime'
import { recordAudit } from '@/audit/record'
import { CLIENT_ADDRESS_HEADER } from '@/http/client-address'
import { isLocale, type Locale } from '@/site/routes'
import { type AddressedCollection, isAddressed, publicPathOf } from '@/site/slugs/public-paths'
import { previewLinkUseDetail, WITHOUT_USE_COUNT } from './hooks/count-uses'
import { isWellFormedToken } from './token'

export type PreviewLinkProblem = 'malformed' | 'unknown' | 'expired' | 'revoked' | 'published'

export type OpenedPreviewLink =
  | { ok: true; collection: AddressedCollection; id: number | string; locale: Locale; path: string; expiresAt: string }
  | { ok: false; problem: PreviewLinkProblem; expiresAt?: string; publishedPath?: string }

interface StoredLink {
  id: number | string
  document?: { relationTo?: unknown; value?: unknown } | null
  language?: unknown
  expiresAt?: string | null
  revoked?: boolean | null
  endReason?: string | null
}

/** The draft's public path in the link's language, or the live one when `draft` is false. */
async function pathOf(payload: Payload, collection: AddressedCollection, id: number | string, locale: Locale, draft: boolean) {
  const found = await payload.find({
    collection,
    where: { id: { equals: id } },
    locale,
    fallbackLocale: false,
    draft,
    overrideAccess: draft,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { slug: true },
  })
  const slug = (found.docs[0] as { slug?: unknown } | undefined)?.slug
  return typeof slug === 'string' && slug ? publicPathOf(collection, slug, locale) : undefined
}

export async function openPreviewLink(
  payload: Payload,
  token: string,
  clientAddress: string,
  now: Date = new Date(),
): Promise<OpenedPreviewLink> {
  if (!isWellFormedToken(token)) return { ok: false, problem: 'malformed' }
  const { docs } = await payload.find({
    collection: 'preview-links',
    where: { token: { equals: token } },
    overrideAccess: true,
    depth: 0,
    limit: 1,
    pagination: false,
    context: { [WITHOUT_USE_COUNT]: true },
  })
  const link = docs[0] as StoredLink | undefined
  const collection = link?.document?.relationTo
  const id = link?.document?.value as number | string | undefined
  const locale = link?.language
  if (!link || typeof collection !== 'string' || !isAddressed(collection) || id === undefined || !isLocale(locale as string)) {
    return { ok: false, problem: 'unknown' }
  }
  const language = locale as Locale
  if (link.endReason === 'published') {
    return { ok: false, problem: 'published', publishedPath: await pathOf(payload, collection, id, language, false) }
  }
  if (link.revoked || link.endReason === 'revoked') return { ok: false, problem: 'revoked' }
  const expiresAt = link.expiresAt ?? undefined
  if (!expiresAt || new Date(expiresAt).getTime() <= now.getTime()) return { ok: false, problem: 'expired', expiresAt }
  const path = await pathOf(payload, collection, id, language, true)
  if (!path) return { ok: false, problem: 'unknown' }
  const { createLocalReq } = await payloadRuntime()
  const req = await createLocalReq({ req: { headers: new Headers({ [CLIENT_ADDRESS_HEADER]: clientAddress }) } }, payload)
  // The audit event is the count (hooks/count-uses.ts): the link itself is not written, so an editor
  // who has it open is not told it changed.
  await recordAudit(req, {
    action: 'preview-link-used',
    actor: null,
    collection,
    documentId: id,
    language,
    detail: previewLinkUseDetail(link.id),
  })
  return { ok: true, collection, id, locale: language, path, expiresAt }
}

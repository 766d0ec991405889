import type { Where } from 'payload'
import type { News } from '@/payload-types'
import type { ViewContext } from '@/site/context'

export const NEWS_PAGE_SIZE = 10

/**
 * What a list of news items shows (NewsList, the Atom feed): an item's card. The content store keeps
 * each item's card beside its whole answer (content-store/stored.ts), so that a list reads a tenth of
 * the bytes (no text, no administration, no workflow fields).
 */
export const NEWS_CARD = {
  title: true,
  summary: true,
  slug: true,
  publishedAt: true,
  update: true,
  themes: true,
  withdrawal: true,
} as const

export type NewsCard = Pick<News, 'id' | keyof typeof NEWS_CARD>

/**
 * The cards of a language's published news, newest first, as visitors may see them.
 * `counted: false` for a list that shows its items and no pages (the home page, a feed): Payload then
 * skips counting every matching item, one query fewer on each render.
 */
export async function findNews(
  ctx: ViewContext,
  options: { where?: Where; page?: number; limit?: number; depth?: number; counted?: boolean },
) {
  return ctx.payload.find({
    collection: 'news',
    locale: ctx.locale,
    fallbackLocale: false,
    where: options.where,
    sort: '-publishedAt',
    page: options.page ?? 1,
    limit: options.limit ?? NEWS_PAGE_SIZE,
    depth: options.depth ?? 1,
    draft: false,
    overrideAccess: false,
    pagination: options.counted ?? true,
    select: NEWS_CARD,
  })
}

/** Only items whose text exists in the language: with per-language publication, others are drafts there. */
export function hasText(item: News): boolean {
  return Boolean(item.title && item.slug)
}

export function isWithdrawn(item: Pick<News, 'withdrawal'>): boolean {
  return Boolean(item.withdrawal?.withdrawn)
}

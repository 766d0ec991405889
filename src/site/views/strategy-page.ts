/**
 * The editorial page that explains the strategy (Go4Brussels), as the follow-up and the look back
 * link to it: its title, summary and address in the visitor's language.
 */
import { anyTag, docTag } from '@/site/cache-tags'
import type { ViewContext } from '@/site/context'
import { pagePath, STRATEGY_PAGE_SLUG } from '@/site/routes'
import { findBySlug } from './localized'

export interface StrategyPage {
  title: string
  summary: string
  href: string
}

/** The explanation page, or undefined when no published page has its slug (then nothing links to it). */
export async function strategyPage(ctx: ViewContext): Promise<StrategyPage | undefined> {
  const match = await findBySlug(ctx.payload, 'pages', STRATEGY_PAGE_SLUG, ctx.locale, false)
  if (!match) {
    // A page given this slug later must show up here.
    ctx.tags.add(anyTag('pages'))
    return undefined
  }
  ctx.tags.add(docTag('pages', match.id))
  const doc = await ctx.payload.findByID({
    collection: 'pages',
    id: match.id,
    locale: ctx.locale,
    overrideAccess: false,
    depth: 0,
    select: { title: true, summary: true, slug: true },
  })
  const slug = match.slugs[ctx.locale] ?? STRATEGY_PAGE_SLUG
  return { title: doc.title, summary: doc.summary ?? '', href: pagePath(slug, ctx.locale) }
}

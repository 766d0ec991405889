import type { Where } from 'payload'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { escapeHtml as escapeXml } from '@/site/html/jsx-runtime'
import { feedPath, newsPath, sectionPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { latestUpdates } from '@/changes/history'
import { subjectKeyOf } from '@/changes/kinds'
import { findNews, type NewsCard } from './queries'

const FEED_SIZE = 20

/** A stable Atom id: survives slug changes, differs per language. */
function entryId(ctx: ViewContext, item: NewsCard): string {
  const host = new URL(ctx.origin).hostname
  return `tag:${host},2026:news:${item.id}:${ctx.locale}`
}

type Update = { at: string; note: string }

/** When an entry last changed for its readers: its newest major change (with its note), else its last update, else its publication. */
function lastChange(item: NewsCard, update: Update | undefined): string {
  const dates = [item.publishedAt, item.update?.at, update?.at].filter((date): date is string => Boolean(date))
  return dates.reduce((latest, date) => (new Date(date).getTime() > new Date(latest).getTime() ? date : latest))
}

/** An updated entry keeps its id and says what changed (RFC 4287 §4.2.15): feed readers show it again with the note. */
function entry(ctx: ViewContext, item: NewsCard, update: Update | undefined): string {
  const url = ctx.origin + newsPath(item.slug, ctx.locale)
  const updated = lastChange(item, update)
  const categories = (item.themes ?? []).flatMap((theme) =>
    typeof theme === 'object' ? [`<category term="${escapeXml(theme.slug)}" label="${escapeXml(theme.name)}"/>`] : [],
  )
  return [
    '<entry>',
    `<id>${escapeXml(entryId(ctx, item))}</id>`,
    `<title>${escapeXml(item.title)}</title>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
    `<published>${new Date(item.publishedAt).toISOString()}</published>`,
    `<updated>${new Date(updated).toISOString()}</updated>`,
    `<summary>${escapeXml(item.summary)}</summary>`,
    update ? `<content type="text">${escapeXml(ctx.t('changesFeedUpdate', { note: update.note }))}</content>` : '',
    ...categories,
    '</entry>',
  ].join('')
}

/** The Atom feed (RFC 4287) of a language's news, or of one theme: `/nl/nieuws/feed.xml`, `/nl/nieuws/feed/<theme>.xml`. */
export async function newsFeed(ctx: ViewContext, themeSlug?: string): Promise<ViewResult> {
  ctx.tags.add(anyTag('news')).add(anyTag('themes'))
  let themeId: number | undefined
  let title = `${ctx.chrome.organisationName} — ${ctx.t('newsHeading')}`
  if (themeSlug !== undefined) {
    const { docs } = await ctx.payload.find({
      collection: 'themes',
      where: { slug: { equals: themeSlug } },
      locale: ctx.locale,
      depth: 0,
      limit: 1,
      overrideAccess: false,
    })
    const theme = docs[0]
    if (!theme) return errorView(ctx, 404)
    themeId = theme.id
    title = `${title}: ${theme.name}`
  }
  const conditions: Where[] = [{ 'withdrawal.withdrawn': { not_equals: true } }]
  if (themeId !== undefined) conditions.push({ themes: { in: [themeId] } })
  const where: Where = { and: conditions }
  const { docs } = await findNews(ctx, { where, limit: FEED_SIZE, counted: false })
  const updates = await latestUpdates(
    ctx.payload,
    docs.map((item) => subjectKeyOf('news', item.id)),
    ctx.locale,
  )
  const updateOf = (item: NewsCard) => updates.get(subjectKeyOf('news', item.id))
  const updated = docs.reduce((latest, item) => Math.max(latest, new Date(lastChange(item, updateOf(item))).getTime()), 0)
  const self = ctx.origin + feedPath(ctx.locale, themeSlug)
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${ctx.locale}">`,
    `<id>${escapeXml(self)}</id>`,
    `<title>${escapeXml(title)}</title>`,
    `<updated>${new Date(updated || 0).toISOString()}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(ctx.origin + sectionPath('news', ctx.locale))}"/>`,
    `<author><name>${escapeXml(ctx.chrome.organisationName)}</name></author>`,
    ...docs.map((item) => entry(ctx, item, updateOf(item))),
    '</feed>',
  ].join('\n')
  return { status: 200, html: xml, contentType: 'application/atom+xml; charset=utf-8' }
}

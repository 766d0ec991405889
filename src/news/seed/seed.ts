import type { Payload } from 'payload'
import type { AdministrationKey } from '@/seed/content/types'
import { lexical } from '@/seed/lexical'
import { DEFAULT_LOCALE, type Locale, LOCALES } from '@/site/routes'
import { audiences } from './audiences'
import { newsItems } from './items'
import { themes } from './themes'
import type { ServiceKey } from '@/services/seed/types'
import type { AudienceKey, SeedTaxonomy, ThemeKey } from './types'

const DAY = 24 * 60 * 60 * 1000
const daysAgo = (now: number, days: number) => new Date(now - days * DAY).toISOString()

async function seedTaxonomy<K extends string>(
  payload: Payload,
  collection: 'themes' | 'audiences',
  terms: SeedTaxonomy<K>[],
): Promise<Map<K, number>> {
  const ids = new Map<K, number>()
  for (const term of terms) {
    const created = await payload.create({
      collection,
      locale: DEFAULT_LOCALE,
      data: { name: term.name[DEFAULT_LOCALE], slug: term.slug[DEFAULT_LOCALE] },
    })
    for (const l of LOCALES) {
      if (l !== DEFAULT_LOCALE)
        await payload.update({ collection, id: created.id, locale: l, data: { name: term.name[l], slug: term.slug[l] } })
    }
    ids.set(term.key, created.id)
  }
  return ids
}

/**
 * The demo news: themes, audiences and a year of items in three languages, one of them not yet
 * published in English and one withdrawn. Dates count back from `now`.
 */
export async function seedNews(
  payload: Payload,
  administrationIds: Map<AdministrationKey, number>,
  now = Date.now(),
): Promise<{ themes: Map<ThemeKey, number>; audiences: Map<AudienceKey, number>; news: Map<string, number> }> {
  const themeIds = await seedTaxonomy<ThemeKey>(payload, 'themes', themes)
  const audienceIds = await seedTaxonomy<AudienceKey>(payload, 'audiences', audiences)
  const newsIds = new Map<string, number>()
  // Oldest first, so ids follow publication order.
  for (const item of [...newsItems].sort((a, b) => b.daysAgo - a.daysAgo)) {
    const languages = item.languages ?? LOCALES
    const text = (l: Locale) => ({
      title: item.title[l],
      slug: item.slug[l],
      summary: item.summary[l],
      body: lexical(item.body[l]),
      update: item.updated ? { at: daysAgo(now, item.updated.daysAgo), note: item.updated.note[l] } : undefined,
      withdrawal: item.withdrawn
        ? { withdrawn: true, at: daysAgo(now, item.withdrawn.daysAgo), reason: item.withdrawn.reason[l] }
        : undefined,
    })
    const created = await payload.create({
      collection: 'news',
      locale: DEFAULT_LOCALE,
      data: {
        ...text(DEFAULT_LOCALE),
        _status: 'published',
        publishedAt: daysAgo(now, item.daysAgo),
        themes: item.themes.map((k) => themeIds.get(k)).filter((id): id is number => id !== undefined),
        audiences: item.audiences.map((k) => audienceIds.get(k)).filter((id): id is number => id !== undefined),
        administration: item.administration ? administrationIds.get(item.administration) : undefined,
      },
    })
    for (const l of LOCALES) {
      if (l === DEFAULT_LOCALE) continue
      // A language that is not ready yet keeps its text as a draft: visitors do not see it.
      const published = languages.includes(l)
      await payload.update({
        collection: 'news',
        id: created.id,
        locale: l,
        draft: !published,
        data: { ...text(l), _status: published ? 'published' : 'draft' },
      })
    }
    newsIds.set(item.key, created.id)
  }
  for (const item of newsItems) {
    const related = (item.related ?? []).map((key) => newsIds.get(key)).filter((id): id is number => id !== undefined)
    const id = newsIds.get(item.key)
    if (related.length > 0 && id !== undefined)
      await payload.update({ collection: 'news', id, locale: DEFAULT_LOCALE, data: { related, _status: 'published' } })
  }
  return { themes: themeIds, audiences: audienceIds, news: newsIds }
}

/** Links the news items to the services they are about (services are seeded after the news, on its themes). */
export async function linkNewsToServices(
  payload: Payload,
  newsIds: Map<string, number>,
  serviceIds: Map<ServiceKey, number>,
): Promise<void> {
  for (const item of newsItems) {
    const services = (item.services ?? []).map((key) => serviceIds.get(key)).filter((id): id is number => id !== undefined)
    const id = newsIds.get(item.key)
    if (services.length > 0 && id !== undefined)
      await payload.update({ collection: 'news', id, locale: DEFAULT_LOCALE, data: { services, _status: 'published' } })
  }
}

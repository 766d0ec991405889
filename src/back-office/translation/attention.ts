/**
 * What the translation workflow gives the "needs my attention" dashboard: per translated content
 * type, the items waiting for translation in each language (missing or outdated), the outdated
 * translations, and the translations ready for review; each count links to the filtered list.
 */
import type { PayloadRequest, Where } from 'payload'
import { allows } from '@/access/from-matrix'
import { LOCALES, type Locale } from '@/site/routes'
import type { AdminText, AttentionCount, AttentionProvider } from '../attention'
import { labelOf } from './labels'
import { languageKey, translationMessages } from './messages'
import { SOURCE_LANGUAGE } from './state'
import { TRANSLATED } from './workflow'

type Translated = (typeof TRANSLATED)[number]

const COLLECTION_NAMES: Record<Translated, AdminText> = {
  pages: { nl: 'pagina’s', fr: 'pages', en: 'pages' },
  news: { nl: 'nieuws', fr: 'actualités', en: 'news' },
  documents: { nl: 'documenten', fr: 'documents', en: 'documents' },
}

const TARGETS = LOCALES.filter((language) => language !== SOURCE_LANGUAGE)

/** The admin list of exactly the items this `where` finds, shown in `locale`. */
function listHref(slug: Translated, field: string, language: Locale | undefined, locale: Locale): string {
  const query = new URLSearchParams({ locale })
  if (language) query.set(`where[${field}][contains]`, language)
  else query.set(`where[${field}][exists]`, 'true')
  return `/admin/collections/${slug}?${query.toString()}`
}

const perCollection = (key: 'waiting' | 'outdatedCount' | 'readyCount', slug: Translated, language?: Locale): AdminText => {
  const vars = (to: Locale) => ({
    collection: COLLECTION_NAMES[slug][to],
    language: language ? translationMessages[to][languageKey(language)] : '',
  })
  return {
    nl: labelOf(key, vars('nl')).nl,
    fr: labelOf(key, vars('fr')).fr,
    en: labelOf(key, vars('en')).en,
  }
}

async function countOf(req: PayloadRequest, slug: Translated, where: Where): Promise<number | undefined> {
  try {
    // The latest draft of each item, as the admin's lists show them.
    const found = await req.payload.find({
      collection: slug,
      where,
      draft: true,
      limit: 1,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    return found.totalDocs
  } catch {
    return undefined
  }
}

/** The languages an outdated or ready count spans, as a detail line ("French 2 · English 1"). */
async function detailByLanguage(req: PayloadRequest, slug: Translated, field: string): Promise<AdminText | undefined> {
  const counts = await Promise.all(
    LOCALES.map(async (language) => [language, await countOf(req, slug, { [field]: { contains: language } })] as const),
  )
  const present = counts.filter(([, count]) => (count ?? 0) > 0)
  if (present.length === 0) return undefined
  const line = (to: Locale) => present.map(([language, count]) => `${translationMessages[to][languageKey(language)]} ${count}`).join(' · ')
  return { nl: line('nl'), fr: line('fr'), en: line('en') }
}

export const translationAttention: AttentionProvider = async (req) => {
  const counts: AttentionCount[] = []
  const user = req.user
  for (const slug of TRANSLATED) {
    if (!allows(user, slug, 'update')) continue
    const working = (user as { workingLanguage?: Locale } | null)?.workingLanguage
    for (const language of TARGETS) {
      const count = await countOf(req, slug, { waitingIn: { contains: language } })
      if (count === undefined) continue
      counts.push({
        key: `translation-waiting-${slug}-${language}`,
        group: 'translation',
        label: perCollection('waiting', slug, language),
        count,
        href: listHref(slug, 'waitingIn', language, language),
      })
    }
    const outdated = await countOf(req, slug, { outdatedIn: { exists: true } })
    if (outdated !== undefined) {
      counts.push({
        key: `translation-outdated-${slug}`,
        group: 'translation',
        label: perCollection('outdatedCount', slug),
        count: outdated,
        href: listHref(slug, 'outdatedIn', undefined, working ?? SOURCE_LANGUAGE),
        detail: await detailByLanguage(req, slug, 'outdatedIn'),
      })
    }
    // Reviewing means publishing: only for whom the matrix grants it.
    if (!allows(user, slug, 'publish')) continue
    const ready = await countOf(req, slug, { readyIn: { exists: true } })
    if (ready === undefined) continue
    counts.push({
      key: `translation-ready-${slug}`,
      group: 'review',
      label: perCollection('readyCount', slug),
      count: ready,
      href: listHref(slug, 'readyIn', undefined, working ?? SOURCE_LANGUAGE),
      detail: await detailByLanguage(req, slug, 'readyIn'),
    })
  }
  return counts
}

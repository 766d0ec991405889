/**
 * The dashboard's "scheduled" count (src/back-office/attention.ts): what is scheduled to be
 * published or unpublished, for those who may schedule, with the soonest one in words (item,
 * language, Brussels time). Its link is the list of scheduled items of each collection.
 */
import type { PayloadRequest } from 'payload'
import { allows } from '@/access/from-matrix'
import type { MatrixSlug } from '@/access/matrix'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import type { Locale, LOCALES } from '@/site/routes'
import { labelText } from '../language/label-text'
import type { AdminText, AttentionCount, AttentionProvider } from '../attention'
import { describeScheduled } from './describe'
import { schedulingMessages } from './messages'
import { scheduledPublications } from './scheduled-publications'

/** The collections whose items can be scheduled (Payload's `schedulePublish`). */
function schedulableCollections(req: PayloadRequest): { slug: string; plural: (language: Locale) => string }[] {
  return Object.values(req.payload.collections)
    .filter(({ config }) => typeof config.versions?.drafts === 'object' && Boolean(config.versions.drafts.schedulePublish))
    .map(({ config }) => ({ slug: config.slug, plural: (language: Locale) => labelText(config.labels?.plural, language) ?? config.slug }))
}

const inEveryLanguage = (text: (language: (typeof LOCALES)[number]) => string): AdminText => ({
  nl: text('nl'),
  fr: text('fr'),
  en: text('en'),
})

export const scheduledAttention: AttentionProvider = async (req) => {
  const counts: AttentionCount[] = []
  for (const { slug: collection, plural } of schedulableCollections(req)) {
    if (!allows(req.user, collection as MatrixSlug, 'schedule')) continue
    const entries = await scheduledPublications(req.payload, collection, { req })
    if (entries.length === 0) continue
    const next = entries[0]!
    const item = await req.payload.findByID({
      collection: collection as 'news',
      id: next.docId,
      depth: 0,
      draft: true,
      req,
      overrideAccess: false,
      disableErrors: true,
    })
    const title = (item as { title?: string } | null)?.title ?? `#${next.docId}`
    const ids = [...new Set(entries.map((entry) => entry.docId))]
    counts.push({
      key: `scheduled-${collection}`,
      group: 'content',
      label: inEveryLanguage((language) => `${schedulingMessages[language].attentionLabel}: ${plural(language)}`),
      count: entries.length,
      href: `/admin/collections/${collection}?${new URLSearchParams({ 'where[id][in]': ids.join(',') })}`,
      detail: inEveryLanguage((language) =>
        fillPlaceholders(schedulingMessages[language].attentionDetail, { what: `“${title}”, ${describeScheduled(next, language)}` }),
      ),
    })
  }
  return counts
}

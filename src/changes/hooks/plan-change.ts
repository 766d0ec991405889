/**
 * Before a publish or unpublish of a page, news item or document is written: decides what the
 * history records for each language (plan.ts) from the live document, the latest version and what
 * the write sends, refuses the write with a field error in the editor's language when a note or a
 * reason is missing (nothing is written then), and empties the change fields it has used up, so
 * the next publication starts from "minor" and no note.
 */
import { type CollectionBeforeOperationHook, type PayloadRequest, ValidationError, type Where } from 'payload'
import { hasLocalizedStatus, type PublicationArgs, publicationIntent, publicationLanguage } from '@/access/publication-intent'
import { say } from '@/site/i18n/request-language'
import { isLocale, type Locale } from '@/site/routes'
import { publicPathOf } from '@/site/slugs/public-paths'
import { noteFieldOf } from '../fields'
import { isNoted, LANGUAGES, type NotedCollection } from '../kinds'
import { changeProblems } from '../messages'
import { type PerLanguage, type PlannedRow, planChange } from '../plan'
import { rememberPlan } from '../planned'

type Stored = Record<string, unknown> & { id: number | string }

/** A localized field as stored with `locale: 'all'`, or a single value for every language. */
function perLanguage(value: unknown): PerLanguage<string | null> {
  if (typeof value === 'string') return Object.fromEntries(LANGUAGES.map((l) => [l, value]))
  if (!value || typeof value !== 'object') return {}
  return value as PerLanguage<string | null>
}

/** What the document holds once the write's data (in the request's language) is laid over its latest version. */
function withSent(stored: PerLanguage<string | null>, sent: unknown, locale: string | undefined): PerLanguage<string | null> {
  if (typeof sent === 'string' && isLocale(locale)) return { ...stored, [locale]: sent }
  if (sent && typeof sent === 'object') return { ...stored, ...(sent as PerLanguage<string | null>) }
  return stored
}

async function latestVersion(req: PayloadRequest, collection: NotedCollection, id: number | string): Promise<Stored | undefined> {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: { parent: { equals: id } },
    sort: '-updatedAt',
    limit: 1,
    locale: 'all',
    pagination: false,
    req,
  })
  return (docs[0]?.version as Stored | undefined) ?? undefined
}

async function live(req: PayloadRequest, collection: NotedCollection, id: number | string): Promise<Stored | undefined> {
  return ((await req.payload.db.findOne({ collection, where: { id: { equals: id } }, locale: 'all', req })) as Stored | null) ?? undefined
}

/**
 * The reason given when this unpublish was scheduled: Payload's job sends only the status, so the
 * reason waits on the job (src/access/schedule-publish.ts), which is running now.
 */
async function scheduledReason(req: PayloadRequest, collection: NotedCollection, id: number | string): Promise<object | undefined> {
  const { docs } = await req.payload.db.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: 'schedulePublish' } }, { processing: { equals: true } }] },
    pagination: false,
    limit: 0,
    req,
  })
  for (const job of docs as { input?: { type?: string; doc?: { relationTo?: string; value?: unknown }; unpublishing?: object } }[]) {
    const input = job.input
    if (input?.type === 'unpublish' && input.doc?.relationTo === collection && String(input.doc.value) === String(id))
      return input.unpublishing
  }
  return undefined
}

async function targetIds(req: PayloadRequest, collection: NotedCollection, args: { id?: number | string; where?: Where }) {
  if (args.id !== undefined) return [args.id]
  if (!args.where) return []
  const found = await req.payload.db.find({ collection, where: args.where, pagination: false, limit: 0, req })
  return found.docs.map((doc) => (doc as Stored).id)
}

export const planChangeHook: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !isNoted(collection.slug)) return args
  const slug = collection.slug
  const intent = publicationIntent(operation, args as PublicationArgs)
  if (intent === 'draft') return args
  const data = ((args as { data?: Record<string, unknown> }).data ?? {}) as Record<string, unknown>
  const locale = req.locale ?? undefined
  const language = publicationLanguage(args as PublicationArgs, locale, hasLocalizedStatus(collection.versions))
  const scope: Locale | 'all' = language && isLocale(language) ? language : 'all'
  const at = new Date().toISOString()
  const ids = operation === 'create' ? [undefined] : await targetIds(req, slug, args as { id?: number | string; where?: Where })
  const planned: { id: number | string | undefined; rows: PlannedRow[] }[] = []
  for (const id of ids) {
    const before = id === undefined ? undefined : await live(req, slug, id)
    const latest = id === undefined ? undefined : await latestVersion(req, slug, id)
    const base: Record<string, unknown> = latest ?? before ?? {}
    // What the write sends, else what its latest version holds.
    const value = (name: string) => (name in data ? data[name] : base[name])
    const scheduled = (
      intent === 'unpublish' && req.payloadAPI === 'local' && id !== undefined ? await scheduledReason(req, slug, id) : undefined
    ) as { reason?: unknown; replacement?: unknown } | undefined
    const sentReason = 'unpublishReason' in data
    const plan = planChange({
      intent,
      scope,
      liveStatus: before?._status,
      liveTitles: perLanguage(before?.title),
      liveSlugs: perLanguage(before?.slug),
      titles: withSent(perLanguage(base.title), data.title, locale),
      slugs: withSent(perLanguage(base.slug), data.slug, locale),
      change: Object.fromEntries([['kind', value('changeKind')], ...LANGUAGES.map((l) => [l, value(noteFieldOf(l))])]),
      unpublishing: scheduled && !sentReason ? scheduled : { reason: value('unpublishReason'), replacement: value('unpublishReplacement') },
      // The Local API is server code (jobs, scripts); every person's write comes through REST or GraphQL.
      reasonRequired: req.payloadAPI !== 'local',
      pathOf: (value, lang) => publicPathOf(slug, value, lang),
      at,
    })
    if (!plan.ok) {
      const errors = plan.problems.map(({ path, problem, language: lang }) => ({
        path,
        message: say(req, changeProblems, problem, lang ? { language: say(req, changeProblems, lang) } : undefined),
      }))
      throw new ValidationError({ collection: slug, errors, req }, req.t)
    }
    planned.push({ id, rows: plan.rows })
    if (intent === 'publish') {
      // Used up: the notes of the languages just published, the kind, and any old unpublishing reason.
      data.changeKind = 'minor'
      for (const row of plan.rows) data[noteFieldOf(row.language)] = null
      data.unpublishReason = null
      data.unpublishReplacement = null
    }
  }
  ;(args as { data?: unknown }).data = data
  rememberPlan(args, slug, planned)
  return args
}

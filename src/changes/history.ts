/**
 * Reads the history for public pages: a subject's rows in one language, and what an address that
 * no page answers last was. Rows are public by nature (each says what went public, or why it left):
 * read with the server's authority, through whatever Payload the view reads with (its cache).
 */
import type { Payload } from 'payload'
import type { ContentChange } from '@/payload-types'
import type { Locale } from '@/site/routes'

/** A subject's history in one language, newest first. */
export async function historyOf(payload: Payload, subjectKey: string, language: Locale): Promise<ContentChange[]> {
  const { docs } = await payload.find({
    collection: 'content-changes',
    where: { and: [{ subjectKey: { equals: subjectKey } }, { language: { equals: language } }] },
    sort: '-at',
    limit: 200,
    depth: 0,
    overrideAccess: true,
  })
  return docs
}

/** The withdrawal an address answers with: its newest row, when that row says it was unpublished. */
export async function withdrawalAt(payload: Payload, path: string): Promise<ContentChange | undefined> {
  const { docs } = await payload.find({
    collection: 'content-changes',
    where: { path: { equals: path } },
    sort: '-at',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  const newest = docs[0]
  return newest?.kind === 'withdrawn' ? newest : undefined
}

export interface PublicHistory {
  /** When it first went public in this language (the history's first publication, else what the document says). */
  published: string | undefined
  /** The newest major change; a minor one changes nothing a visitor is told. */
  lastUpdated: string | undefined
  /** Major changes with their notes, newest first. */
  updates: { at: string; note: string }[]
}

/** What a page shows from its rows; `fallbackPublished` for content published before the history was kept. */
export function publicHistory(rows: readonly ContentChange[], fallbackPublished: string | null | undefined): PublicHistory {
  const firsts = rows.filter((row) => row.kind === 'first-publish')
  // Rows come newest first: the last first-publish is the first time; a withdrawal and a new publication start no new story.
  const published = firsts.at(-1)?.at ?? fallbackPublished ?? undefined
  const updates = rows.flatMap((row) => (row.kind === 'major' && row.note ? [{ at: row.at, note: row.note }] : []))
  return { published, lastUpdated: updates[0]?.at, updates }
}

/** The newest major change of each subject in one language (for feeds: one query for a whole list). */
export async function latestUpdates(
  payload: Payload,
  subjectKeys: readonly string[],
  language: Locale,
): Promise<Map<string, { at: string; note: string }>> {
  const latest = new Map<string, { at: string; note: string }>()
  if (subjectKeys.length === 0) return latest
  const { docs } = await payload.find({
    collection: 'content-changes',
    where: { and: [{ subjectKey: { in: [...subjectKeys] } }, { language: { equals: language } }, { kind: { equals: 'major' } }] },
    sort: '-at',
    limit: 1000,
    depth: 0,
    overrideAccess: true,
  })
  for (const row of docs) if (!latest.has(row.subjectKey) && row.note) latest.set(row.subjectKey, { at: row.at, note: row.note })
  return latest
}

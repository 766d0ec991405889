/**
 * Index entries for what a visitor reaches other than by a slug under a section: the follow-up's
 * plan items, indicators, Social Summits and partners, and the missions (anchors on one page).
 * Each reader reads as a visitor (no override of access, no fallback language) and answers nothing
 * where the public site would answer "not found", so the index never holds what a visitor cannot open.
 */
import type { JoinQuery, Payload } from 'payload'
import { SERVER_WORK } from '@/access/hooks/read-as-visitor'
import { PARTNER_KIND_LABELS } from '@/tracker/collections/Partners'
import { LEVEL_LABELS } from '@/tracker/collections/levels'
import { versionByYear } from '@/tracker/versions'
import { relationId } from '@/relation-id'
import { indicatorPath, LOCALES, type Locale, partnerPath, planItemPath, sectionPath, summitPath } from '@/site/routes'
import type { SearchEntry, SearchType } from './entries'

/** One item's title, text and address in one language; undefined where a visitor cannot read it there. */
type EntryText = Pick<SearchEntry, 'title' | 'body' | 'url'> & Partial<Pick<SearchEntry, 'date'>>
type EntryReader = (payload: Payload, id: number, locale: Locale) => Promise<EntryText | undefined>

const lines = (...texts: (string | null | undefined)[]) => texts.filter(Boolean).join('\n')

/** Reads one item as a visitor would, in one language only. */
async function readAsVisitor<C extends 'plan-items' | 'indicators' | 'social-summits' | 'partners' | 'missions'>(
  payload: Payload,
  collection: C,
  id: number,
  locale: Locale,
) {
  const found = await payload.find({
    collection,
    where: { id: { equals: id } },
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    // No joined lists (a plan item's children): the entry needs none.
    joins: false as JoinQuery<C>,
  })
  return found.docs[0]
}

/**
 * The year under which a plan version's items are public, or undefined when they are not: the
 * version must be one a visitor may read (drafts never) and the one the follow-up's pages find for
 * its year (tracker/versions.ts, as the item's page does).
 */
export async function publicVersionYear(payload: Payload, versionId: number | null, locale: Locale): Promise<number | undefined> {
  if (versionId === null) return undefined
  const found = await payload.find({
    collection: 'plan-versions',
    where: { id: { equals: versionId } },
    locale,
    overrideAccess: false,
    draft: false,
    depth: 0,
    limit: 1,
    pagination: false,
    select: { year: true },
  })
  const version = found.docs[0]
  if (!version) return undefined
  return (await versionByYear(payload, version.year, locale))?.id === version.id ? version.year : undefined
}

/**
 * The items whose entries follow a plan version (their address holds its year; they are public with
 * it), all of them: those of a version just unpublished are the ones whose entries must go.
 */
export async function planVersionItems(payload: Payload, versionId: number): Promise<number[]> {
  const items = await payload.find({
    collection: 'plan-items',
    where: { planVersion: { equals: versionId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    context: SERVER_WORK,
    select: {},
  })
  return items.docs.map((item) => item.id)
}

/** A plan item under its code ("1.1.2 …", as the follow-up names it), findable by that code (codes.ts). */
const planItem: EntryReader = async (payload, id, locale) => {
  const item = await readAsVisitor(payload, 'plan-items', id, locale)
  if (!item?.title || !item.code) return undefined
  const year = await publicVersionYear(payload, relationId(item.planVersion), locale)
  if (year === undefined) return undefined
  return {
    title: `${item.code} ${item.title}`,
    body: lines(LEVEL_LABELS[item.level][locale], item.description),
    url: planItemPath(year, item.code, locale),
  }
}

const indicator: EntryReader = async (payload, id, locale) => {
  const doc = await readAsVisitor(payload, 'indicators', id, locale)
  if (!doc?.title || !doc.slug) return undefined
  return {
    title: doc.title,
    body: lines(doc.description, doc.source, ...(doc.evaluations ?? []).map((evaluation) => evaluation.note)),
    url: indicatorPath(doc.slug, locale),
  }
}

const summit: EntryReader = async (payload, id, locale) => {
  const doc = await readAsVisitor(payload, 'social-summits', id, locale)
  if (!doc?.title) return undefined
  return {
    title: doc.title,
    body: lines(doc.summary, doc.participants, ...(doc.priorities ?? []).map((priority) => priority.text)),
    url: summitPath(doc.year, locale),
  }
}

const partner: EntryReader = async (payload, id, locale) => {
  const doc = await readAsVisitor(payload, 'partners', id, locale)
  if (!doc?.name || !doc.slug) return undefined
  return { title: doc.name, body: lines(PARTNER_KIND_LABELS[doc.kind][locale], doc.description), url: partnerPath(doc.slug, locale) }
}

/** A mission lives on the missions page, under its own anchor (organisation/views/MissionsView.tsx). */
const mission: EntryReader = async (payload, id, locale) => {
  const doc = await readAsVisitor(payload, 'missions', id, locale)
  if (!doc?.title) return undefined
  return { title: doc.title, body: lines(doc.summary), url: `${sectionPath('missions', locale)}#mission-${doc.id}` }
}

export const ENTRY_READERS = {
  'plan-items': planItem,
  indicators: indicator,
  'social-summits': summit,
  partners: partner,
  missions: mission,
} satisfies Partial<Record<SearchType, EntryReader>>

/** One item's entries, a language at a time. */
export async function readerEntries(payload: Payload, type: keyof typeof ENTRY_READERS, id: number): Promise<SearchEntry[]> {
  const entries: SearchEntry[] = []
  for (const locale of LOCALES) {
    const text = await ENTRY_READERS[type](payload, id, locale)
    if (text) entries.push({ type, refId: id, locale, ...text })
  }
  return entries
}

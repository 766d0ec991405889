/**
 * What a subject key stands for, in a reader's language: its name and the public page it is about.
 * Only what a visitor may read is followable: a draft, a page of an unpublished plan version or an id
 * that names nothing is an unknown subject.
 */
import type { Payload } from 'payload'
import { relationId } from '@/relation-id'
import { translator } from '@/site/i18n'
import { administrationPath, documentPath, indicatorPath, type Locale, newsPath, pagePath, planItemPath, sectionPath } from '@/site/routes'
import { parseSubject, SUBJECT_COLLECTIONS, type Subject, subjectKey, type TargetKind } from './rules'

export interface DescribedSubject {
  key: string
  kind: Subject['kind']
  /** What the subscriber reads: "All news", "Theme: Mobility", "Page: Privacy". */
  label: string
  /** The public page it is about, when it has one. */
  href?: string
}

const KIND_LABELS = {
  theme: 'followKindTheme',
  audience: 'followKindAudience',
  administration: 'followKindAdministration',
  page: 'followKindPage',
  news: 'followKindNews',
  document: 'followKindDocument',
  'plan-item': 'followKindPlanItem',
  indicator: 'followKindIndicator',
} as const satisfies Record<TargetKind, string>

interface Found {
  name: string
  href?: string
}

/** The row as a visitor reads it (access as a visitor: drafts and unpublished versions are not found). */
async function findTarget(payload: Payload, kind: TargetKind, id: number, locale: Locale): Promise<Found | undefined> {
  const common = { id, locale, fallbackLocale: 'nl', depth: 0, overrideAccess: false, disableErrors: true } as const
  switch (kind) {
    case 'theme':
    case 'audience': {
      const doc = await payload.findByID({ ...common, collection: SUBJECT_COLLECTIONS[kind] })
      return doc ? { name: doc.name, href: `${sectionPath('news', locale)}?${new URLSearchParams({ [kind]: doc.slug })}` } : undefined
    }
    case 'administration': {
      const doc = await payload.findByID({ ...common, collection: 'administrations' })
      return doc ? { name: doc.name, href: administrationPath(doc.slug, locale) } : undefined
    }
    case 'page': {
      const doc = await payload.findByID({ ...common, collection: 'pages' })
      return doc?.slug ? { name: doc.title, href: pagePath(doc.slug, locale) } : undefined
    }
    case 'news': {
      const doc = await payload.findByID({ ...common, collection: 'news' })
      return doc?.slug ? { name: doc.title, href: newsPath(doc.slug, locale) } : undefined
    }
    case 'document': {
      const doc = await payload.findByID({ ...common, collection: 'documents' })
      return doc?.slug ? { name: doc.title, href: documentPath(doc.slug, locale) } : undefined
    }
    case 'plan-item': {
      const doc = await payload.findByID({ ...common, collection: 'plan-items' })
      const versionId = relationId(doc?.planVersion)
      if (!doc || versionId === null) return undefined
      const version = await payload.findByID({ ...common, collection: 'plan-versions', id: versionId })
      return version ? { name: `${doc.code} ${doc.title}`, href: planItemPath(version.year, doc.code, locale) } : undefined
    }
    case 'indicator': {
      const doc = await payload.findByID({ ...common, collection: 'indicators' })
      return doc ? { name: doc.title, href: indicatorPath(doc.slug, locale) } : undefined
    }
  }
}

/** A subject as the follow form, the emails and the manage page show it; undefined when it is not followable. */
export async function describeSubject(payload: Payload, subject: Subject, locale: Locale): Promise<DescribedSubject | undefined> {
  const t = translator(locale)
  const key = subjectKey(subject)
  if (subject.kind === 'all-news') return { key, kind: 'all-news', label: t('followAllNews'), href: sectionPath('news', locale) }
  const found = await findTarget(payload, subject.kind, subject.id, locale)
  if (!found) return undefined
  return {
    key,
    kind: subject.kind,
    label: t('followSubjectLabel', { kind: t(KIND_LABELS[subject.kind]), name: found.name }),
    href: found.href,
  }
}

/** A stored key described, or shown as no longer available (a page withdrawn since). */
export async function describeKey(payload: Payload, key: string, locale: Locale): Promise<DescribedSubject> {
  const subject = parseSubject(key)
  const described = subject ? await describeSubject(payload, subject, locale) : undefined
  return described ?? { key, kind: subject?.kind ?? 'all-news', label: translator(locale)('followSubjectGone') }
}

export interface SubjectChoice {
  key: string
  name: string
}

export interface SubjectChoices {
  theme: SubjectChoice[]
  audience: SubjectChoice[]
  administration: SubjectChoice[]
}

/** The lists the form offers besides "all news" (single pages are followed from their own "Follow by email" link). */
export async function subjectChoices(payload: Payload, locale: Locale): Promise<SubjectChoices> {
  const list = async (kind: 'theme' | 'audience' | 'administration') => {
    const { docs } = await payload.find({
      collection: SUBJECT_COLLECTIONS[kind],
      locale,
      depth: 0,
      pagination: false,
      overrideAccess: false,
      sort: kind === 'administration' ? 'order' : 'name',
      select: { name: true },
    })
    return docs.map((doc) => ({ key: subjectKey({ kind, id: doc.id }), name: doc.name }))
  }
  const [theme, audience, administration] = await Promise.all([list('theme'), list('audience'), list('administration')])
  return { theme, audience, administration }
}

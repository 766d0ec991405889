/**
 * The demo's history: a major change to the privacy statement with its note in three languages, and
 * a page published and then taken down because it is no longer current, so the public history and
 * the 410 of an unpublished address can be seen (and are checked) on a fresh site.
 */
import type { Payload } from 'payload'
import type { Locale } from '@/site/routes'

const PRIVACY_NOTE: Record<Locale, string> = {
  nl: 'We zeggen nu ook wat we bewaren als u een pagina per e-mail volgt, en hoe lang.',
  fr: 'Nous indiquons aussi ce que nous conservons quand vous suivez une page par e-mail, et combien de temps.',
  en: 'We now also say what we keep when you follow a page by email, and for how long.',
}

/** A page about a call for projects that closed: its address now says so (410). */
const CLOSED_CALL: Record<Locale, { title: string; slug: string; summary: string }> = {
  nl: {
    title: 'Projectoproep buurtgroen 2025',
    slug: 'projectoproep-buurtgroen-2025',
    summary: 'Buurtcomités konden tot 30 september 2025 een project indienen om een straat of plein groener te maken.',
  },
  fr: {
    title: 'Appel à projets verdurisation des quartiers 2025',
    slug: 'appel-projets-verdurisation-2025',
    summary: 'Les comités de quartier pouvaient introduire jusqu’au 30 septembre 2025 un projet pour verdir une rue ou une place.',
  },
  en: {
    title: 'Call for projects: greener neighbourhoods 2025',
    slug: 'call-greener-neighbourhoods-2025',
    summary: 'Neighbourhood committees could submit a project to make a street or square greener until 30 September 2025.',
  },
}

/** The closed call's addresses, per language (the browser tests open them). */
export const CLOSED_CALL_SLUGS: Record<Locale, string> = { nl: CLOSED_CALL.nl.slug, fr: CLOSED_CALL.fr.slug, en: CLOSED_CALL.en.slug }

export async function seedChangeHistory(payload: Payload, privacyPageId: number | undefined): Promise<void> {
  if (privacyPageId !== undefined) {
    await payload.update({
      collection: 'pages',
      id: privacyPageId,
      locale: 'nl',
      data: {
        _status: 'published',
        changeKind: 'major',
        changeNoteNl: PRIVACY_NOTE.nl,
        changeNoteFr: PRIVACY_NOTE.fr,
        changeNoteEn: PRIVACY_NOTE.en,
      },
    })
  }
  const created = await payload.create({
    collection: 'pages',
    locale: 'nl',
    draft: true,
    data: { ...CLOSED_CALL.nl, _status: 'draft' },
  })
  for (const locale of ['fr', 'en'] as const) {
    await payload.update({ collection: 'pages', id: created.id, locale, draft: true, data: { ...CLOSED_CALL[locale], _status: 'draft' } })
  }
  await payload.update({ collection: 'pages', id: created.id, locale: 'nl', data: { _status: 'published' } })
  await payload.update({
    collection: 'pages',
    id: created.id,
    locale: 'nl',
    data: { _status: 'draft', unpublishReason: 'outdated' },
  })
}

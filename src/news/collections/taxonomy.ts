import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { slugField } from '@/site/fields/slug'
import { announcingHooks } from '@/site/invalidation'

type Label = { nl: string; fr: string; en: string }

/** A flat list of localized terms that news items are filed under (themes, audiences). */
export function taxonomy(slug: 'themes' | 'audiences', singular: Label, plural: Label): CollectionConfig {
  return {
    slug,
    labels: { singular, plural },
    admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: { nl: 'Nieuws', fr: 'Actualités', en: 'News' } },
    defaultSort: 'name',
    access: accessFromMatrix(slug),
    hooks: announcingHooks,
    fields: [
      { name: 'name', type: 'text', localized: true, required: true, label: { nl: 'Naam', fr: 'Nom', en: 'Name' } },
      slugField(slug),
    ],
  }
}

export const Themes = taxonomy('themes', { nl: 'Thema', fr: 'Thème', en: 'Theme' }, { nl: 'Thema’s', fr: 'Thèmes', en: 'Themes' })
export const Audiences = taxonomy(
  'audiences',
  { nl: 'Doelgroep', fr: 'Public', en: 'Audience' },
  { nl: 'Doelgroepen', fr: 'Publics', en: 'Audiences' },
)

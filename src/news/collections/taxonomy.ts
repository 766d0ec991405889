import type { CollectionConfig, Field } from 'payload'
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

/** The sidebar fields that file a document under themes and audiences (news, services). */
export function filedUnderFields(): Field[] {
  return [
    {
      name: 'themes',
      type: 'relationship',
      relationTo: 'themes',
      hasMany: true,
      label: { nl: 'Thema’s', fr: 'Thèmes', en: 'Themes' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'audiences',
      type: 'relationship',
      relationTo: 'audiences',
      hasMany: true,
      label: { nl: 'Doelgroepen', fr: 'Publics', en: 'Audiences' },
      admin: { position: 'sidebar' },
    },
  ]
}

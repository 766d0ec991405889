import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { announcingHooks } from '@/site/invalidation'
import { TRACKER_GROUP } from '../collections/group'
import { reasonInEachLanguage } from '../collections/reason-fields'
import { checkLineageLink } from './hooks/check-lineage-link'
import { KIND_LABELS, KIND_SHAPE, LINEAGE_KINDS, type LineageKind } from './kinds'

const kindOf = (data: Record<string, unknown> | undefined) => (data?.kind ?? 'continues') as LineageKind

/**
 * The reason in each language side by side (not a localized field): a dropped item needs all three
 * before it is public, and the open data carries the three together.
 */
const reasonFields = reasonInEachLanguage({ required: false })

/**
 * What an item of a later version owes to the items of an earlier one: continued, revised, merged,
 * split, replaced, or new; and what was dropped, with why. Kept by the follow-up cell; rules in
 * hooks/check-lineage-link.ts and rules.ts.
 */
export const LineageLinks: CollectionConfig = {
  slug: 'lineage-links',
  labels: {
    singular: { nl: 'Verband tussen versies', fr: 'Lien entre versions', en: 'Link between versions' },
    plural: { nl: 'Verbanden tussen versies', fr: 'Liens entre versions', en: 'Links between versions' },
  },
  admin: {
    defaultColumns: ['kind', 'item', 'from', 'planVersion'],
    group: TRACKER_GROUP,
    description: {
      nl: 'Wat een onderdeel van een latere versie te danken heeft aan onderdelen van een vroegere versie, en wat geschrapt werd (met de reden).',
      fr: 'Ce qu’un élément d’une version ultérieure doit aux éléments d’une version antérieure, et ce qui a été abandonné (avec la raison).',
      en: 'What an item of a later version owes to items of an earlier version, and what was dropped (with the reason).',
    },
  },
  access: accessFromMatrix('lineage-links'),
  hooks: { ...announcingHooks, beforeValidate: [checkLineageLink] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'continues',
      index: true,
      options: LINEAGE_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
      label: { nl: 'Soort', fr: 'Type', en: 'Kind' },
    },
    {
      name: 'item',
      type: 'relationship',
      relationTo: 'plan-items',
      index: true,
      label: { nl: 'Onderdeel', fr: 'Élément', en: 'Item' },
      admin: {
        condition: (data) => KIND_SHAPE[kindOf(data)].item,
        description: {
          nl: 'Het onderdeel van de latere versie.',
          fr: 'L’élément de la version ultérieure.',
          en: 'The item of the later version.',
        },
      },
    },
    {
      name: 'from',
      type: 'relationship',
      relationTo: 'plan-items',
      hasMany: true,
      label: { nl: 'Komt van', fr: 'Vient de', en: 'Comes from' },
      admin: {
        condition: (data) => KIND_SHAPE[kindOf(data)].from !== 'none',
        description: {
          nl: 'Onderdelen van een vroegere versie, op hetzelfde niveau of één niveau ernaast; meer dan één alleen bij “samengevoegd”.',
          fr: 'Éléments d’une version antérieure, au même niveau ou à un niveau voisin ; plusieurs seulement pour « fusionné ».',
          en: 'Items of an earlier version, on the same level or the next one; more than one only when merged.',
        },
      },
    },
    {
      name: 'planVersion',
      type: 'relationship',
      relationTo: 'plan-versions',
      index: true,
      label: { nl: 'In de versie', fr: 'Dans la version', en: 'In the version' },
      admin: {
        description: {
          nl: 'Overgenomen van het onderdeel; bij een geschrapt onderdeel: de versie waarin het geschrapt werd.',
          fr: 'Reprise de l’élément ; pour un élément abandonné : la version où il a été abandonné.',
          en: 'Taken from the item; for a dropped item: the version it was dropped in.',
        },
      },
    },
    {
      name: 'reason',
      type: 'group',
      label: { nl: 'Reden', fr: 'Raison', en: 'Reason' },
      admin: {
        description: {
          nl: 'Verplicht bij een geschrapt onderdeel, in de drie talen; openbaar.',
          fr: 'Obligatoire pour un élément abandonné, dans les trois langues ; publique.',
          en: 'Required for a dropped item, in all three languages; public.',
        },
      },
      fields: reasonFields,
    },
  ],
}

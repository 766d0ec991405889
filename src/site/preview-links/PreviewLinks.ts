import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { readEnvironment } from '@/environment'
import { isLocale, LOCALES } from '@/site/routes'
import { ADDRESSED_COLLECTIONS } from '@/site/slugs/public-paths'
import { say } from '@/site/i18n/request-language'
import { countPreviewLinkUses } from './hooks/count-uses'
import { issuePreviewLink } from './hooks/issue-preview-link'
import { previewLinkMessages } from './messages'
import { previewLinkPath } from './routes'

const DAY = 24 * 60 * 60 * 1000
export const PREVIEW_LINK_DAYS = 7

/**
 * A link to one document's draft in one language, for reviewers without an account (a minister's
 * office): opened at `/{lang}/voorbeeldlink/{token}` (open.ts), until it expires, is revoked or the
 * document is published in that language (hooks/end-links-on-publish.ts). Each opening is audited.
 */
export const PreviewLinks: CollectionConfig = {
  slug: 'preview-links',
  labels: {
    singular: { nl: 'Voorbeeldlink', fr: 'Lien d’aperçu', en: 'Preview link' },
    plural: { nl: 'Voorbeeldlinks', fr: 'Liens d’aperçu', en: 'Preview links' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'document', 'language', 'expiresAt', 'endReason', 'uses'],
    group: { nl: 'Inhoud', fr: 'Contenu', en: 'Content' },
    description: {
      nl: 'Een link waarmee iemand zonder account het ontwerp van één document in één taal kan lezen, bijvoorbeeld een ministerieel kabinet. Hij vervalt na de gekozen datum, bij intrekking en bij publicatie; elk gebruik staat in de audittrail.',
      fr: 'Un lien qui permet à une personne sans compte de lire le brouillon d’un document dans une langue, par exemple un cabinet ministériel. Il expire à la date choisie, à la révocation et à la publication ; chaque utilisation figure dans le journal d’audit.',
      en: 'A link that lets someone without an account read the draft of one document in one language, for example a minister’s office. It ends at the chosen date, when revoked and on publication; each use is in the audit trail.',
    },
  },
  defaultSort: '-createdAt',
  access: accessFromMatrix('preview-links'),
  hooks: { beforeChange: [issuePreviewLink], afterRead: [countPreviewLinkUses] },
  fields: [
    {
      name: 'label',
      type: 'text',
      required: true,
      maxLength: 120,
      label: { nl: 'Voor wie', fr: 'Pour qui', en: 'For whom' },
      admin: {
        description: {
          nl: 'Bijvoorbeeld “Kabinet van de minister-president”.',
          fr: 'Par exemple « Cabinet du ministre-président ».',
          en: 'For example “Office of the Minister-President”.',
        },
      },
    },
    {
      name: 'document',
      type: 'relationship',
      relationTo: [...ADDRESSED_COLLECTIONS],
      required: true,
      label: { nl: 'Document', fr: 'Document', en: 'Document' },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'nl',
      options: LOCALES.map((value) => ({ value, label: { nl: value.toUpperCase(), fr: value.toUpperCase(), en: value.toUpperCase() } })),
      label: { nl: 'Taal', fr: 'Langue', en: 'Language' },
    },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      defaultValue: () => new Date(Date.now() + PREVIEW_LINK_DAYS * DAY).toISOString(),
      label: { nl: 'Geldig tot', fr: 'Valable jusqu’au', en: 'Valid until' },
      admin: { date: { pickerAppearance: 'dayAndTime' } },
      validate: (value: Date | string | null | undefined, { req }) => {
        if (!value) return true
        return new Date(value).getTime() <= Date.now() + 31 * DAY ? true : say(req, previewLinkMessages, 'previewLinkTooLong')
      },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: { nl: 'Intrekken', fr: 'Révoquer', en: 'Revoke' },
    },
    {
      name: 'url',
      type: 'text',
      virtual: true,
      label: { nl: 'Link om te delen', fr: 'Lien à partager', en: 'Link to share' },
      admin: { readOnly: true },
      hooks: {
        afterRead: [
          ({ siblingData }) => {
            const token = siblingData?.token
            const language = siblingData?.language
            if (typeof token !== 'string' || !isLocale(language)) return null
            return `${readEnvironment().serverUrl}${previewLinkPath(token, language)}`
          },
        ],
      },
    },
    {
      name: 'token',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
    },
    {
      name: 'endReason',
      type: 'select',
      options: [
        { value: 'revoked', label: { nl: 'Ingetrokken', fr: 'Révoqué', en: 'Revoked' } },
        { value: 'published', label: { nl: 'Gepubliceerd', fr: 'Publié', en: 'Published' } },
      ],
      label: { nl: 'Beëindigd', fr: 'Terminé', en: 'Ended' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'endedAt',
      type: 'date',
      label: { nl: 'Beëindigd op', fr: 'Terminé le', en: 'Ended on' },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // Counted from the audit trail (hooks/count-uses.ts), never stored on the link.
      name: 'uses',
      type: 'number',
      virtual: true,
      label: { nl: 'Keren geopend', fr: 'Ouvertures', en: 'Times opened' },
      // Not stored, so the list cannot be filtered on it.
      admin: { readOnly: true, position: 'sidebar', disableListFilter: true },
    },
    {
      name: 'lastUsedAt',
      type: 'date',
      virtual: true,
      label: { nl: 'Laatst geopend', fr: 'Dernière ouverture', en: 'Last opened' },
      // Not stored, so the list cannot be filtered on it.
      admin: { readOnly: true, position: 'sidebar', disableListFilter: true },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      label: { nl: 'Gemaakt door', fr: 'Créé par', en: 'Created by' },
      admin: { readOnly: true, position: 'sidebar' },
    },
  ],
}

import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { LANGUAGE_LABELS } from '@/contact/collections/statuses'
import { LOCALES } from '@/site/routes'
import { ANSWERS, COMMENT_MAX } from '../rules'

/**
 * Answers to "Is this page useful?": one row per answer, per page path and language, for the
 * administration that owns the page. Written by the public form only (src/feedback/http); staff read
 * them, nobody edits what a visitor wrote. No personal data: the comment is masked before storage.
 */
export const PageFeedback: CollectionConfig = {
  slug: 'page-feedback',
  labels: {
    singular: { nl: 'Paginafeedback', fr: 'Avis sur une page', en: 'Page feedback' },
    plural: { nl: 'Paginafeedback', fr: 'Avis sur les pages', en: 'Page feedback' },
  },
  admin: {
    useAsTitle: 'path',
    defaultColumns: ['path', 'language', 'answer', 'comment', 'administration', 'createdAt'],
    listSearchableFields: ['path', 'comment'],
    group: { nl: 'Contact', fr: 'Contact', en: 'Contact' },
    components: { beforeList: ['/feedback/admin/FeedbackFigures#FeedbackFigures'] },
  },
  defaultSort: '-createdAt',
  access: accessFromMatrix('page-feedback'),
  fields: [
    { name: 'path', type: 'text', required: true, index: true, label: { nl: 'Pagina', fr: 'Page', en: 'Page' } },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: LOCALES.map((value) => ({ value, label: LANGUAGE_LABELS[value] })),
      label: { nl: 'Taal', fr: 'Langue', en: 'Language' },
    },
    {
      name: 'answer',
      type: 'select',
      required: true,
      index: true,
      options: ANSWERS.map((value) => ({
        value,
        label: value === 'yes' ? { nl: 'Nuttig', fr: 'Utile', en: 'Useful' } : { nl: 'Niet nuttig', fr: 'Pas utile', en: 'Not useful' },
      })),
      label: { nl: 'Antwoord', fr: 'Réponse', en: 'Answer' },
    },
    {
      name: 'comment',
      type: 'textarea',
      maxLength: COMMENT_MAX,
      label: { nl: 'Wat de bezoeker zocht', fr: 'Ce que le visiteur cherchait', en: 'What the visitor was looking for' },
      admin: {
        description: {
          nl: 'E-mailadressen en telefoonnummers zijn vóór het opslaan onleesbaar gemaakt.',
          fr: 'Les adresses e-mail et numéros de téléphone ont été rendus illisibles avant l’enregistrement.',
          en: 'Email addresses and phone numbers were made unreadable before saving.',
        },
      },
    },
    {
      name: 'administration',
      type: 'relationship',
      relationTo: 'administrations',
      index: true,
      label: { nl: 'Administratie', fr: 'Administration', en: 'Administration' },
      admin: {
        position: 'sidebar',
        description: {
          nl: 'De eigenaar van de pagina; zonder eigenaar lezen alleen redacteurs en beheerders deze feedback.',
          fr: 'Le propriétaire de la page ; sans propriétaire, seuls les rédacteurs et les administrateurs lisent cet avis.',
          en: 'The page’s owner; without one, only editors and admins read this feedback.',
        },
      },
    },
  ],
}

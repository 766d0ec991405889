import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { isAdminField } from '@/access/roles'
import { LOCALES } from '@/site/routes'
import { CONTACT_GROUP } from './group'
import { LANGUAGE_LABELS } from './statuses'

/**
 * Answers an administration gives often, in one language each, that a handler inserts into an
 * answer and adapts: `{name}` and `{reference}` are filled with the message's (admin/AnswerField.tsx).
 */
export const StandardReplies: CollectionConfig = {
  slug: 'standard-replies',
  labels: {
    singular: { nl: 'Standaardantwoord', fr: 'Réponse type', en: 'Standard reply' },
    plural: { nl: 'Standaardantwoorden', fr: 'Réponses types', en: 'Standard replies' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'language', 'administration', 'updatedAt'],
    group: CONTACT_GROUP,
    description: {
      nl: 'Teksten die u in een antwoord invoegt en aanpast. {name} en {reference} worden vervangen door de naam van de afzender en de referentie van het bericht.',
      fr: 'Des textes à insérer dans une réponse puis à adapter. {name} et {reference} sont remplacés par le nom de l’expéditeur et la référence du message.',
      en: 'Texts you insert into an answer and adapt. {name} and {reference} are replaced by the sender’s name and the message’s reference.',
    },
  },
  defaultSort: 'title',
  access: accessFromMatrix('standard-replies'),
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
    {
      name: 'administration',
      type: 'relationship',
      relationTo: 'administrations',
      required: true,
      index: true,
      // A handler keeps their administrations' replies; only an admin decides whose a reply is.
      access: { update: isAdminField },
      label: { nl: 'Administratie', fr: 'Administration', en: 'Administration' },
    },
    {
      name: 'language',
      type: 'select',
      required: true,
      options: LOCALES.map((value) => ({ value, label: LANGUAGE_LABELS[value] })),
      label: { nl: 'Taal', fr: 'Langue', en: 'Language' },
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 20_000,
      label: { nl: 'Tekst', fr: 'Texte', en: 'Text' },
      admin: {
        description: {
          nl: 'Zonder aanspreking of ondertekening: die worden bij het versturen toegevoegd.',
          fr: 'Sans formule d’appel ni signature : elles sont ajoutées à l’envoi.',
          en: 'Without greeting or signature: they are added when the answer is sent.',
        },
      },
    },
  ],
}

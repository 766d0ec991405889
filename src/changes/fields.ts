/**
 * What an editor says about a publication, on the document itself so that it goes with the save
 * that publishes (the admin's Publish sends the whole form) and with a scheduled job (which sends
 * only the status and reads the rest from the latest version): major or minor, a note per
 * language for a major change, and why something is unpublished. The server empties them once
 * they are recorded (hooks/plan-change.ts), so they never drift onto the next publication.
 */
import type { Field } from 'payload'
import { WITHDRAWAL_REASONS } from './kinds'

const NOTE_LABELS = {
  nl: { nl: 'Wijzigingsnota (Nederlands)', fr: 'Note de modification (néerlandais)', en: 'Change note (Dutch)' },
  fr: { nl: 'Wijzigingsnota (Frans)', fr: 'Note de modification (français)', en: 'Change note (French)' },
  en: { nl: 'Wijzigingsnota (Engels)', fr: 'Note de modification (anglais)', en: 'Change note (English)' },
} as const

const isMajor = (data: Record<string, unknown> | undefined) => data?.changeKind === 'major'

/** The note field of one language, named `changeNoteNl`, `changeNoteFr`, `changeNoteEn`. */
export const noteFieldOf = (language: 'nl' | 'fr' | 'en'): string => `changeNote${language.charAt(0).toUpperCase()}${language.slice(1)}`

/*
 * Unnamed containers (collapsibles), not groups: their fields stay at the top level of the document,
 * as the hooks and the API read them. Payload renders a container's fields lazily, once the container
 * comes into the sidebar's view, so `withChangeNotes` puts this one first in the sidebar.
 */
export const changeField: Field = {
  type: 'collapsible',
  label: { nl: 'Bij het publiceren', fr: 'À la publication', en: 'When publishing' },
  admin: {
    position: 'sidebar',
    initCollapsed: false,
    description: {
      nl: 'Een belangrijke wijziging verschijnt met haar nota bij “Alle wijzigingen” en in de feeds, in elke taal die u publiceert. Een kleine (tikfout, opmaak) niet.',
      fr: 'Une modification importante apparaît avec sa note dans « Toutes les modifications » et dans les flux, dans chaque langue publiée. Une mineure (coquille, mise en forme) non.',
      en: 'A major change appears with its note under “All updates” and in the feeds, in every language you publish. A minor one (typo, layout) does not.',
    },
  },
  fields: [
    {
      name: 'changeKind',
      type: 'radio',
      defaultValue: 'minor',
      // About the save, as its internal note (back-office/versions): open to whoever saves, translators included.
      custom: { aboutTheSave: true },
      options: [
        { value: 'major', label: { nl: 'Belangrijke wijziging', fr: 'Modification importante', en: 'Major change' } },
        { value: 'minor', label: { nl: 'Kleine wijziging', fr: 'Modification mineure', en: 'Minor change' } },
      ],
      label: { nl: 'Soort wijziging', fr: 'Type de modification', en: 'Kind of change' },
    },
    ...(['nl', 'fr', 'en'] as const).map(
      (language): Field => ({
        name: noteFieldOf(language),
        type: 'textarea',
        maxLength: 300,
        custom: { aboutTheSave: true },
        label: NOTE_LABELS[language],
        admin: { condition: isMajor },
      }),
    ),
  ],
}

export const withdrawalReasonField: Field = {
  type: 'collapsible',
  label: { nl: 'Bij het offline halen', fr: 'À la dépublication', en: 'When unpublishing' },
  admin: {
    position: 'sidebar',
    initCollapsed: true,
    description: {
      nl: 'Verplicht om offline te halen: het oude adres zegt bezoekers waarom, met de link naar de vervanger.',
      fr: 'Obligatoire pour dépublier : l’ancienne adresse dit aux visiteurs pourquoi, avec le lien vers le remplaçant.',
      en: 'Required to unpublish: the old address tells visitors why, with the link to what replaces it.',
    },
  },
  fields: [
    {
      name: 'unpublishReason',
      type: 'radio',
      custom: { aboutTheSave: true },
      options: [
        { value: WITHDRAWAL_REASONS[0], label: { nl: 'Per vergissing gepubliceerd', fr: 'Publiée par erreur', en: 'Published in error' } },
        { value: WITHDRAWAL_REASONS[1], label: { nl: 'Vervangen door …', fr: 'Remplacée par …', en: 'Replaced by …' } },
        { value: WITHDRAWAL_REASONS[2], label: { nl: 'Niet langer actueel', fr: 'Plus d’actualité', en: 'No longer current' } },
      ],
      label: { nl: 'Reden', fr: 'Raison', en: 'Reason' },
    },
    {
      name: 'unpublishReplacement',
      type: 'text',
      maxLength: 300,
      custom: { aboutTheSave: true },
      label: { nl: 'Adres van de vervanger', fr: 'Adresse du remplaçant', en: 'Address of the replacement' },
      admin: {
        condition: (data) => data?.unpublishReason === 'replaced',
        description: {
          nl: 'Bijvoorbeeld /nl/nieuws/nieuwe-premie',
          fr: 'Par exemple /fr/actualites/nouvelle-prime',
          en: 'For example /en/news/new-grant',
        },
      },
    },
  ],
}

/** What the admin's language code says itself: the toasts Payload writes in English only (see admin/OneToastPerSave.tsx). */
import { defineMessages } from '@/site/i18n/define'

export const languageMessages = defineMessages({
  nl: {
    filesSaved: '{count} bestand(en) bewaard.',
    filesNotSaved: '{count} bestand(en) niet bewaard.',
  },
  fr: {
    filesSaved: '{count} fichier(s) enregistré(s).',
    filesNotSaved: '{count} fichier(s) non enregistré(s).',
  },
  en: {
    filesSaved: '{count} file(s) saved.',
    filesNotSaved: '{count} file(s) not saved.',
  },
})

/** Names for the controls Payload's screens draw without one (see unnamed-controls.ts). */
export const controlNames = defineMessages({
  nl: {
    selectRow: 'Selecteren: {title}',
    selectThisRow: 'Deze rij selecteren',
    selectAllRows: 'Alle rijen selecteren',
    moreActions: 'Meer acties',
    moreOptions: 'Meer mogelijkheden',
    clearDate: 'Datum wissen',
    copy: 'Kopiëren naar het klembord',
    previousPage: 'Vorige pagina',
    nextPage: 'Volgende pagina',
    month: 'Maand',
    year: 'Jaar',
    edit: 'Bewerken',
    remove: 'Verwijderen',
    removeFile: 'Bestand verwijderen',
    adminLanguage: 'Taal van de beheeromgeving',
  },
  fr: {
    selectRow: 'Sélectionner : {title}',
    selectThisRow: 'Sélectionner cette ligne',
    selectAllRows: 'Sélectionner toutes les lignes',
    moreActions: 'Plus d’actions',
    moreOptions: 'Plus d’options',
    clearDate: 'Effacer la date',
    copy: 'Copier dans le presse-papiers',
    previousPage: 'Page précédente',
    nextPage: 'Page suivante',
    month: 'Mois',
    year: 'Année',
    edit: 'Modifier',
    remove: 'Retirer',
    removeFile: 'Retirer le fichier',
    adminLanguage: 'Langue de l’interface d’administration',
  },
  en: {
    selectRow: 'Select: {title}',
    selectThisRow: 'Select this row',
    selectAllRows: 'Select all rows',
    moreActions: 'More actions',
    moreOptions: 'More options',
    clearDate: 'Clear the date',
    copy: 'Copy to the clipboard',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    month: 'Month',
    year: 'Year',
    edit: 'Edit',
    remove: 'Remove',
    removeFile: 'Remove the file',
    adminLanguage: 'Language of the admin',
  },
})

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

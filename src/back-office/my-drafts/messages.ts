/** The "my drafts" counts' words. */
import { defineMessages } from '@/site/i18n/define'

export const myDraftsMessages = defineMessages({
  nl: { pages: 'Mijn concepten: pagina’s', news: 'Mijn concepten: nieuws', documents: 'Mijn concepten: documenten' },
  fr: { pages: 'Mes brouillons : pages', news: 'Mes brouillons : actualités', documents: 'Mes brouillons : documents' },
  en: { pages: 'My drafts: pages', news: 'My drafts: news', documents: 'My drafts: documents' },
})

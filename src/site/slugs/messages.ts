import { defineMessages } from '@/site/i18n/define'

/** What the slug field says to staff, and what a preview of a draft says instead of a publication date. */
export const slugMessages = defineMessages({
  nl: {
    slugDescription:
      'Wordt bij het bewaren gemaakt uit de titel als u het leeg laat. Kleine letters, cijfers en koppeltekens, in de taal van de pagina. Wijzigt u het na publicatie, dan leidt het oude adres naar het nieuwe.',
    slugFormat: 'Gebruik alleen kleine letters zonder accenten, cijfers en koppeltekens (bijvoorbeeld “nieuwe-regels-2026”).',
    slugTaken: 'Het adres “{slug}” wordt al gebruikt. Kies een ander.',
  },
  fr: {
    slugDescription:
      'Créé à l’enregistrement à partir du titre si vous le laissez vide. Minuscules, chiffres et traits d’union, dans la langue de la page. Si vous le modifiez après publication, l’ancienne adresse renvoie vers la nouvelle.',
    slugFormat:
      'Utilisez uniquement des minuscules sans accents, des chiffres et des traits d’union (par exemple « nouvelles-regles-2026 »).',
    slugTaken: 'L’adresse « {slug} » est déjà utilisée. Choisissez-en une autre.',
  },
  en: {
    slugDescription:
      'Made from the title when you save, if you leave it empty. Lowercase letters, digits and hyphens, in the page’s language. If you change it after publication, the old address leads to the new one.',
    slugFormat: 'Use only lowercase letters without accents, digits and hyphens (for example “new-rules-2026”).',
    slugTaken: 'The address “{slug}” is already used. Choose another one.',
  },
})

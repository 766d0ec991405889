import { defineMessages } from '@/site/i18n/define'

/** The audit trail's words in the back office. */
export const auditMessages = defineMessages({
  nl: {
    exportList: 'Deze lijst exporteren (CSV)',
    exportHint: 'Met de filters en de zoekterm van hierboven; de export wordt zelf ook geregistreerd.',
  },
  fr: {
    exportList: 'Exporter cette liste (CSV)',
    exportHint: 'Avec les filtres et la recherche ci-dessus ; l’export est lui-même enregistré.',
  },
  en: { exportList: 'Export this list (CSV)', exportHint: 'With the filters and search above; the export is itself recorded.' },
})

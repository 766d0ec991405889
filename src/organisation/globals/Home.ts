import type { Field, GlobalConfig } from 'payload'
import { globalAccessFromMatrix } from '@/access/from-matrix'
import { announceGlobalChange } from '@/site/invalidation'

const linkFields: Field[] = [
  { name: 'title', type: 'text', localized: true, required: true, label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
  { name: 'text', type: 'textarea', localized: true, label: { nl: 'Tekst', fr: 'Texte', en: 'Text' } },
  // A card leads to a task, not to an organisation chart: one service, or the list of services of a theme or audience.
  {
    name: 'service',
    type: 'relationship',
    relationTo: 'services',
    label: { nl: 'Verwijst naar dienst', fr: 'Renvoie au service', en: 'Links to service' },
  },
  {
    name: 'theme',
    type: 'relationship',
    relationTo: 'themes',
    label: { nl: 'Of naar de diensten van het thema', fr: 'Ou aux services du thème', en: 'Or to the services of theme' },
    admin: { condition: (_, row) => !row?.service },
  },
  {
    name: 'audience',
    type: 'relationship',
    relationTo: 'audiences',
    label: { nl: 'En/of van de doelgroep', fr: 'Et/ou du public', en: 'And/or of audience' },
    admin: { condition: (_, row) => !row?.service },
  },
]

/** The home page: who the organisation is and ways in to its services by audience and by life situation. */
export const Home: GlobalConfig = {
  slug: 'home',
  label: { nl: 'Startpagina', fr: 'Page d’accueil', en: 'Home page' },
  admin: { group: { nl: 'Inhoud', fr: 'Contenu', en: 'Content' } },
  access: globalAccessFromMatrix('home'),
  hooks: { afterChange: [announceGlobalChange] },
  fields: [
    { name: 'heading', type: 'text', localized: true, required: true, label: { nl: 'Kop', fr: 'Titre', en: 'Heading' } },
    { name: 'lead', type: 'textarea', localized: true, required: true, label: { nl: 'Inleiding', fr: 'Introduction', en: 'Lead' } },
    { name: 'audiences', type: 'array', label: { nl: 'Voor wie', fr: 'Pour qui', en: 'Who it is for' }, fields: linkFields },
    {
      name: 'lifeSituations',
      type: 'array',
      label: { nl: 'Levenssituaties', fr: 'Situations de vie', en: 'Life situations' },
      fields: linkFields,
    },
    {
      name: 'featuredPages',
      type: 'relationship',
      relationTo: 'pages',
      hasMany: true,
      label: { nl: 'Uitgelichte pagina’s', fr: 'Pages mises en avant', en: 'Featured pages' },
      admin: {
        description: {
          nl: 'Naast de opdrachten en de administraties, bijvoorbeeld het strategisch plan.',
          fr: 'À côté des missions et des administrations, par exemple le plan stratégique.',
          en: 'Beside the missions and administrations, for example the strategic plan.',
        },
      },
    },
  ],
}

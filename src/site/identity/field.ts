/**
 * The site settings' logo group: the header's mark (SVG only, shown as an <img>, where a browser runs
 * no script of it; Payload refuses SVGs with active content on upload and serves them with
 * `script-src 'none'`) and its accessible name per language. Read by src/site/chrome.ts.
 */
import type { Field, PayloadRequest } from 'payload'
import { say } from '@/site/i18n/request-language'
import { identityMessages } from './messages'

export const identityField: Field = {
  name: 'identity',
  type: 'group',
  label: { nl: 'Logo', fr: 'Logo', en: 'Logo' },
  fields: [
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      filterOptions: { mimeType: { equals: 'image/svg+xml' } },
      label: { nl: 'Logo (SVG)', fr: 'Logo (SVG)', en: 'Logo (SVG)' },
      admin: {
        description: {
          nl: 'Een SVG-bestand. Zonder logo toont de kop de naam van de organisatie.',
          fr: 'Un fichier SVG. Sans logo, l’en-tête affiche le nom de l’organisation.',
          en: 'An SVG file. Without a logo the header shows the organisation’s name.',
        },
      },
    },
    {
      name: 'logoName',
      type: 'text',
      localized: true,
      // Required with a logo, in each language as it is saved: an image without a name is a blank to a screen reader.
      validate: (value: unknown, { siblingData, req }: { siblingData: { logo?: unknown }; req: PayloadRequest }) =>
        siblingData.logo && !(typeof value === 'string' && value.trim()) ? say(req, identityMessages, 'logoNameRequired') : true,
      label: { nl: 'Toegankelijke naam van het logo', fr: 'Nom accessible du logo', en: 'Accessible name of the logo' },
      admin: {
        description: {
          nl: 'Wat een schermlezer voorleest; het logo leidt naar de startpagina. Bijvoorbeeld: Gewestelijke Overheidsdienst Brussel — startpagina.',
          fr: 'Ce que lit un lecteur d’écran ; le logo mène à la page d’accueil. Par exemple : Service public régional de Bruxelles — accueil.',
          en: 'What a screen reader reads out; the logo leads to the home page. For example: Brussels Regional Public Service — home.',
        },
      },
    },
  ],
}

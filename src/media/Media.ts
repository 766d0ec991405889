import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { accessFromMatrix } from '@/access/from-matrix'
import { readEnvironment } from '@/environment'
import { announcingHooks } from '@/site/invalidation'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { nl: 'Afbeelding', fr: 'Image', en: 'Image' },
    plural: { nl: 'Media', fr: 'Médias', en: 'Media' },
  },
  admin: { group: { nl: 'Inhoud', fr: 'Contenu', en: 'Content' } },
  access: accessFromMatrix('media'),
  hooks: announcingHooks,
  upload: {
    staticDir: path.join(readEnvironment().dataDir, 'media'),
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/svg+xml'],
    imageSizes: [
      { name: 'small', width: 480, formatOptions: { format: 'webp', options: { quality: 78 } } },
      { name: 'medium', width: 960, formatOptions: { format: 'webp', options: { quality: 78 } } },
    ],
    formatOptions: { format: 'webp', options: { quality: 80 } },
    // The site's logo is on every page: without this a browser would ask for it again on each one. An
    // hour keeps a replaced image from lingering long.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('Cache-Control', 'public, max-age=3600')
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      localized: true,
      required: true,
      label: { nl: 'Alternatieve tekst', fr: 'Texte alternatif', en: 'Alternative text' },
      admin: {
        description: {
          nl: 'Wat de afbeelding toont, voor wie ze niet ziet.',
          fr: 'Ce que montre l’image, pour qui ne la voit pas.',
          en: 'What the image shows, for people who cannot see it.',
        },
      },
    },
  ],
}

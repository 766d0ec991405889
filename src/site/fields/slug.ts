import type { CollectionSlug, TextField, Where } from 'payload'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A localized URL segment, unique per language within its collection. */
export function slugField(collection: CollectionSlug): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    required: true,
    index: true,
    label: { nl: 'Slug (URL)', fr: 'Slug (URL)', en: 'Slug (URL)' },
    admin: {
      position: 'sidebar',
      description: {
        nl: 'Kleine letters, cijfers en koppeltekens, in de taal van de pagina.',
        fr: 'Minuscules, chiffres et traits d’union, dans la langue de la page.',
        en: 'Lowercase letters, digits and hyphens, in the page’s language.',
      },
    },
    validate: async (value: string | null | undefined, { req, id }) => {
      if (!value) return req.t('validation:required')
      if (!SLUG.test(value)) return 'a-z, 0-9, -'
      const where: Where = { slug: { equals: value } }
      if (id !== undefined) where.id = { not_equals: id }
      const clash = await req.payload.find({
        collection,
        where,
        locale: req.locale ?? undefined,
        depth: 0,
        limit: 1,
        draft: true,
        req,
        overrideAccess: true,
        pagination: false,
      })
      return clash.docs.length === 0 ? true : `“${value}” is already used`
    },
  }
}

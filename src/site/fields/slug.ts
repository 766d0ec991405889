import type { CollectionSlug, FieldHook, PayloadRequest, TextField, Where } from 'payload'
import { say } from '@/site/i18n/request-language'
import { slugMessages } from '@/site/slugs/messages'
import { slugCandidate, slugify } from '@/site/slugs/slugify'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

async function isTaken(req: PayloadRequest, collection: CollectionSlug, slug: string, id: number | string | undefined): Promise<boolean> {
  const where: Where = { slug: { equals: slug } }
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
    select: {},
  })
  return clash.docs.length > 0
}

/**
 * An empty slug is made from the title (or name) in the language being saved, numbered when taken,
 * so that even a first draft has an address and a preview. A slug someone typed is left as it is:
 * once published, it only changes when an editor changes it (and the old address then redirects).
 */
const fillFromTitle =
  (collection: CollectionSlug): FieldHook =>
  async ({ value, siblingData, originalDoc, req }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const title = siblingData?.title ?? siblingData?.name ?? originalDoc?.title ?? originalDoc?.name
    const base = typeof title === 'string' ? slugify(title) : ''
    if (!base) return value
    const id = originalDoc?.id as number | string | undefined
    for (let attempt = 1; attempt < 100; attempt++) {
      const candidate = slugCandidate(base, attempt)
      if (!(await isTaken(req, collection, candidate, id))) return candidate
    }
    return `${base}-${Date.now().toString(36)}`
  }

/** A localized URL segment, unique per language within its collection, made from the title when left empty. */
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
        nl: slugMessages.nl.slugDescription,
        fr: slugMessages.fr.slugDescription,
        en: slugMessages.en.slugDescription,
      },
    },
    hooks: { beforeValidate: [fillFromTitle(collection)] },
    validate: async (value: string | null | undefined, { req, id, siblingData }) => {
      // Empty while editing is fine when the save can fill it from the title (fillFromTitle).
      if (!value) {
        const title = (siblingData as { title?: unknown; name?: unknown } | undefined)?.title ?? (siblingData as { name?: unknown })?.name
        return typeof title === 'string' && slugify(title) !== '' ? true : req.t('validation:required')
      }
      if (!SLUG.test(value)) return say(req, slugMessages, 'slugFormat')
      return (await isTaken(req, collection, value, id)) ? say(req, slugMessages, 'slugTaken', { slug: value }) : true
    },
  }
}

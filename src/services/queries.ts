import type { Where } from 'payload'
import type { ViewContext } from '@/site/context'

/** Every published service of a language, as visitors may see it (a handful to a few hundred: no paging). */
export async function findServices(ctx: ViewContext, options: { where?: Where; depth?: number } = {}) {
  const { docs } = await ctx.payload.find({
    collection: 'services',
    locale: ctx.locale,
    fallbackLocale: false,
    where: options.where,
    sort: 'title',
    depth: options.depth ?? 0,
    pagination: false,
    draft: false,
    overrideAccess: false,
  })
  // A service not yet written in this language has no title here; it is not listed in it.
  return docs.filter((service) => Boolean(service.title && service.slug))
}

/** The host of an online service's address, to say where its start button leads ("renolution.brussels"). */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return undefined
  }
}

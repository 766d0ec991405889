/**
 * Puts the public-address rules on the collections whose documents have a page: a published slug
 * that changes leaves a redirect from the old address, and publishing a language ends that
 * language's shareable preview links.
 */
import type { CollectionConfig } from 'payload'
import { previewUrl } from './preview-url'
import { endLinksOnPublish } from './preview-links/hooks/end-links-on-publish'
import { recordSlugRedirect } from './slugs/hooks/record-slug-redirect'
import { isAddressed } from './slugs/public-paths'

export function publicAddresses(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((config) => {
    if (!isAddressed(config.slug)) return config
    const hooks = { ...config.hooks }
    hooks.beforeChange = [...(hooks.beforeChange ?? []), recordSlugRedirect(config.slug)]
    hooks.afterChange = [...(hooks.afterChange ?? []), endLinksOnPublish(config.slug)]
    const collection = config.slug
    // Every addressed collection gets the admin's preview button (documents had none).
    const admin = config.admin?.preview
      ? config.admin
      : { ...config.admin, preview: (doc: Record<string, unknown>, { locale }: { locale?: string }) => previewUrl(collection, doc, locale) }
    return { ...config, hooks, admin }
  })
}

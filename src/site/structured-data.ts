import type { ViewContext } from '@/site/context'
import { homePath } from '@/site/routes'

/** schema.org GovernmentOrganization for the home and "about us" pages, from the site settings. */
export function governmentOrganization(ctx: ViewContext): object {
  const { chrome } = ctx
  const [street, locality] = chrome.address.split('\n')
  const postal = locality?.match(/^(\d{4})\s+(.+)$/)
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    name: chrome.organisationName,
    alternateName: chrome.shortName,
    url: ctx.origin + homePath(ctx.locale),
    ...(chrome.phone ? { telephone: chrome.phone } : {}),
    ...(chrome.email ? { email: chrome.email } : {}),
    ...(street
      ? {
          address: {
            '@type': 'PostalAddress',
            streetAddress: street,
            ...(postal ? { postalCode: postal[1], addressLocality: postal[2] } : { addressLocality: locality }),
            addressCountry: 'BE',
          },
        }
      : {}),
  }
}

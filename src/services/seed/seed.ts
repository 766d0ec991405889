import type { Payload } from 'payload'
import type { AudienceKey, ThemeKey } from '@/news/seed/types'
import type { AdministrationKey } from '@/seed/content/types'
import { lexical } from '@/seed/lexical'
import { DEFAULT_LOCALE, type Locale, LOCALES } from '@/site/routes'
import { services } from './items'
import type { ServiceKey } from './types'

const pick = <K, V>(keys: K[], ids: Map<K, V>): V[] => keys.map((k) => ids.get(k)).filter((id): id is V => id !== undefined)

/** The demo services, published in nl, fr and en, filed under the news themes and audiences. */
export async function seedServices(
  payload: Payload,
  ids: { administrations: Map<AdministrationKey, number>; themes: Map<ThemeKey, number>; audiences: Map<AudienceKey, number> },
): Promise<Map<ServiceKey, number>> {
  const serviceIds = new Map<ServiceKey, number>()
  for (const service of services) {
    const text = (l: Locale) => ({
      title: service.title[l],
      slug: service.slug[l],
      summary: service.summary[l],
      body: lexical(service.body[l]),
      eligibility: lexical(service.eligibility[l]),
      requirements: service.requirements ? lexical(service.requirements[l]) : undefined,
      duration: service.duration?.[l],
      cost: service.cost?.[l],
      online: service.online ? { url: service.online.url, label: service.online.label[l] } : undefined,
      _status: 'published' as const,
    })
    const created = await payload.create({
      collection: 'services',
      locale: DEFAULT_LOCALE,
      data: {
        ...text(DEFAULT_LOCALE),
        administration: service.administration ? ids.administrations.get(service.administration) : undefined,
        themes: pick(service.themes, ids.themes),
        audiences: pick(service.audiences, ids.audiences),
        mostRequested: service.mostRequested,
      },
    })
    for (const l of LOCALES)
      if (l !== DEFAULT_LOCALE) await payload.update({ collection: 'services', id: created.id, locale: l, data: text(l) })
    serviceIds.set(service.key, created.id)
  }
  return serviceIds
}

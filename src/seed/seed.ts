import { seedChangeHistory } from '@/changes/seed'
import type { Payload } from 'payload'
import { DEFAULT_LOCALE, type Locale, LOCALES } from '@/site/routes'
import { administrations } from './content/administrations'
import { home } from './content/home'
import { missions } from './content/missions'
import { navigation } from './content/navigation'
import { pages } from './content/pages'
import { settings } from './content/settings'
import type { AdministrationKey, PageKey, SeedEntryPoint } from './content/types'
import { linkNewsToServices, seedNews } from '@/news/seed/seed'
import type { AudienceKey, ThemeKey } from '@/news/seed/types'
import { seedServices } from '@/services/seed/seed'
import type { ServiceKey } from '@/services/seed/types'
import { seedContactTopics } from '@/contact/seed/topics'
import { seedDocuments } from '@/documents/seed/seed'
import { seedTracker } from '@/tracker/seed/seed'
import { seedSynonyms } from '@/search/seed/synonyms'
import { lexical } from './lexical'
import { seedLogo } from './logo'

/** The other languages, written after the default one has created each record. */
const TRANSLATIONS = LOCALES.filter((l) => l !== DEFAULT_LOCALE)

/** A localized array written in another language keeps the rows made in the first one. */
const withRowIds = <T extends object>(rows: T[], saved: { id?: string | null }[] | null | undefined) =>
  rows.map((row, i) => ({ ...row, id: saved?.[i]?.id ?? undefined }))

/** True when the database holds no content yet, so seeding can never overwrite anybody's work. */
export async function isEmpty(payload: Payload): Promise<boolean> {
  const [p, a] = await Promise.all([
    payload.count({ collection: 'pages', overrideAccess: true }),
    payload.count({ collection: 'administrations', overrideAccess: true }),
  ])
  return p.totalDocs === 0 && a.totalDocs === 0
}

/** Writes the demo organisation in nl, fr and en. */
export async function seedDemoContent(payload: Payload): Promise<void> {
  const adminIds = new Map<AdministrationKey, number>()
  for (const a of administrations) {
    const data = (l: Locale) => ({
      name: a.name[l],
      slug: a.slug[l],
      summary: a.summary[l],
      body: lexical(a.body[l]),
      order: a.order,
      notificationEmail: a.notificationEmail,
      contact: {
        email: a.contact.email,
        phone: a.contact.phone,
        address: a.contact.address[l],
        hours: a.contact.hours?.[l],
        website: a.contact.website,
      },
    })
    const created = await payload.create({ collection: 'administrations', locale: DEFAULT_LOCALE, data: data(DEFAULT_LOCALE) })
    for (const l of TRANSLATIONS) await payload.update({ collection: 'administrations', id: created.id, locale: l, data: data(l) })
    adminIds.set(a.key, created.id)
  }

  for (const m of missions) {
    const ids = m.administrations.map((key) => adminIds.get(key)).filter((id): id is number => id !== undefined)
    const created = await payload.create({
      collection: 'missions',
      locale: DEFAULT_LOCALE,
      data: { title: m.title[DEFAULT_LOCALE], summary: m.summary[DEFAULT_LOCALE], order: m.order, administrations: ids },
    })
    for (const l of TRANSLATIONS)
      await payload.update({ collection: 'missions', id: created.id, locale: l, data: { title: m.title[l], summary: m.summary[l] } })
  }

  const pageIds = new Map<PageKey, number>()
  for (const p of pages) {
    const data = (l: Locale) => ({
      title: p.title[l],
      slug: p.slug[l],
      summary: p.summary[l],
      body: lexical(p.body[l]),
      _status: 'published' as const,
    })
    const created = await payload.create({ collection: 'pages', locale: DEFAULT_LOCALE, data: data(DEFAULT_LOCALE) })
    for (const l of TRANSLATIONS) await payload.update({ collection: 'pages', id: created.id, locale: l, data: data(l) })
    pageIds.set(p.key, created.id)
  }

  const navItem = (item: (typeof navigation)[number], l: Locale) => ({
    label: item.label[l],
    kind: item.section ? ('section' as const) : ('page' as const),
    section: item.section,
    page: item.page ? pageIds.get(item.page) : undefined,
  })
  const savedNavigation = await payload.updateGlobal({
    slug: 'navigation',
    locale: DEFAULT_LOCALE,
    data: { items: navigation.map((i) => navItem(i, DEFAULT_LOCALE)) },
  })
  for (const l of TRANSLATIONS) {
    await payload.updateGlobal({
      slug: 'navigation',
      locale: l,
      data: {
        items: withRowIds(
          navigation.map((i) => navItem(i, l)),
          savedNavigation.items,
        ),
      },
    })
  }

  const footerPages = (['accessibility', 'privacy'] as const).map((key) => pageIds.get(key)).filter((id): id is number => id !== undefined)
  for (const l of LOCALES) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: l,
      data: {
        organisationName: settings.organisationName[l],
        shortName: settings.shortName[l],
        tagline: settings.tagline[l],
        address: settings.address[l],
        phone: settings.phone,
        email: settings.email,
        hours: settings.hours?.[l],
        privacyPage: pageIds.get('privacy'),
        accessibilityEmail: settings.accessibilityEmail,
        demonstrationBanner: settings.demonstrationBanner,
        footerPages,
        aboutPage: pageIds.get('about'),
      },
    })
  }

  await seedChangeHistory(payload, pageIds.get('privacy'))
  await seedLogo(payload)
  const filed = await seedNews(payload, adminIds)
  const serviceIds = await seedServices(payload, { administrations: adminIds, themes: filed.themes, audiences: filed.audiences })
  await linkNewsToServices(payload, filed.news, serviceIds)
  await seedHome(payload, { pages: pageIds, services: serviceIds, themes: filed.themes, audiences: filed.audiences })
  await seedContactTopics(payload, adminIds)
  await seedDocuments(payload)
  await seedTracker(payload, adminIds)
  await seedSynonyms(payload)
}

/** The home page, whose cards lead to services and lists of them (seeded last, once those exist). */
async function seedHome(
  payload: Payload,
  ids: {
    pages: Map<PageKey, number>
    services: Map<ServiceKey, number>
    themes: Map<ThemeKey, number>
    audiences: Map<AudienceKey, number>
  },
): Promise<void> {
  const entry = (e: SeedEntryPoint, l: Locale) => ({
    title: e.title[l],
    text: e.text[l],
    service: 'service' in e ? ids.services.get(e.service) : undefined,
    theme: 'theme' in e ? ids.themes.get(e.theme) : undefined,
    audience: 'audience' in e && e.audience ? ids.audiences.get(e.audience) : undefined,
  })
  const featuredPages = (['about', 'strategic-plan'] as const)
    .map((key) => ids.pages.get(key))
    .filter((id): id is number => id !== undefined)
  const savedHome = await payload.updateGlobal({
    slug: 'home',
    locale: DEFAULT_LOCALE,
    data: {
      heading: home.heading[DEFAULT_LOCALE],
      lead: home.lead[DEFAULT_LOCALE],
      audiences: home.audiences.map((e) => entry(e, DEFAULT_LOCALE)),
      lifeSituations: home.lifeSituations.map((e) => entry(e, DEFAULT_LOCALE)),
      featuredPages,
    },
  })
  for (const l of TRANSLATIONS) {
    await payload.updateGlobal({
      slug: 'home',
      locale: l,
      data: {
        heading: home.heading[l],
        lead: home.lead[l],
        audiences: withRowIds(
          home.audiences.map((e) => entry(e, l)),
          savedHome.audiences,
        ),
        lifeSituations: withRowIds(
          home.lifeSituations.map((e) => entry(e, l)),
          savedHome.lifeSituations,
        ),
      },
    })
  }
}

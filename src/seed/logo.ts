/**
 * The demo's mark: the initials and both official names in a plain square and band, drawn for this
 * demo (src/seed/content/mark.svg), not the administration's real logo. Uploaded as media and set
 * as the site's logo with an accessible name per language.
 */
import { readFileSync } from 'node:fs'
import type { Payload } from 'payload'
import { DEFAULT_LOCALE, LOCALES } from '@/site/routes'
import type { Localized } from '@/site/i18n/localized'

const MARK = new URL('./content/mark.svg', import.meta.url)

const ALT: Localized<string> = {
  nl: 'Logo: Gewestelijke Overheidsdienst Brussel, in het Nederlands en het Frans',
  fr: 'Logo : Service public régional de Bruxelles, en français et en néerlandais',
  en: 'Logo: Brussels Regional Public Service, in Dutch and French',
}

const LOGO_NAME: Localized<string> = {
  nl: 'Gewestelijke Overheidsdienst Brussel — startpagina',
  fr: 'Service public régional de Bruxelles — accueil',
  en: 'Brussels Regional Public Service — home',
}

export async function seedLogo(payload: Payload): Promise<void> {
  const data = readFileSync(MARK)
  const media = await payload.create({
    collection: 'media',
    locale: DEFAULT_LOCALE,
    data: { alt: ALT[DEFAULT_LOCALE] },
    file: { data, mimetype: 'image/svg+xml', name: 'gob-sprb-mark.svg', size: data.length },
  })
  for (const locale of LOCALES) {
    if (locale !== DEFAULT_LOCALE) await payload.update({ collection: 'media', id: media.id, locale, data: { alt: ALT[locale] } })
    await payload.updateGlobal({ slug: 'site-settings', locale, data: { identity: { logo: media.id, logoName: LOGO_NAME[locale] } } })
  }
}

/**
 * The site's logo (site settings → identity): only an SVG is taken, one with active content is refused
 * at upload, and the header gets it with its accessible name per language, or the wordmark without one.
 */
import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import sharp from 'sharp'
import { loadChrome } from '@/site/chrome'
import { translator } from '@/site/i18n'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
before(async () => {
  instance = await startTestPayload()
})
after(() => instance.close())

const MARK = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40" viewBox="0 0 60 40"><rect width="60" height="40" fill="#0b3d91"/></svg>',
)

const svg = (data: Buffer, name: string) => ({ data, mimetype: 'image/svg+xml', name, size: data.length })

async function settings(identity: { logo?: number | null; logoName?: string }, locale: 'nl' | 'fr' = 'nl') {
  return instance.payload.updateGlobal({
    slug: 'site-settings',
    locale,
    data: { organisationName: locale === 'nl' ? 'Overheidsdienst' : 'Service public', shortName: 'OD', identity },
  })
}

it('shows the organisation name as a wordmark while no logo is set', async () => {
  await settings({})
  const chrome = await loadChrome(instance.payload, 'nl', translator('nl'))
  assert.equal(chrome.logo, undefined)
})

it('takes an SVG as the logo, with its accessible name in each language', async () => {
  const { payload } = instance
  const media = await payload.create({ collection: 'media', locale: 'nl', data: { alt: 'Merkteken' }, file: svg(MARK, 'merk.svg') })
  assert.equal(media.mimeType, 'image/svg+xml', 'an SVG stays an SVG (no conversion to WebP)')
  await settings({ logo: media.id, logoName: 'Overheidsdienst — startpagina' })
  await assert.rejects(
    settings({ logo: media.id, logoName: ' ' }, 'fr'),
    (error: { data?: { errors?: { path: string }[] } }) => error.data?.errors?.[0]?.path === 'identity.logoName',
    'a logo without a name in French is refused',
  )
  await settings({ logo: media.id, logoName: 'Service public — accueil' }, 'fr')
  const nl = await loadChrome(payload, 'nl', translator('nl'))
  assert.deepEqual(nl.logo, { src: `/api/media/file/${media.filename}`, name: 'Overheidsdienst — startpagina', width: 60, height: 40 })
  const fr = await loadChrome(payload, 'fr', translator('fr'))
  assert.equal(fr.logo?.name, 'Service public — accueil')
})

it('refuses an image that is not an SVG as the logo', async () => {
  const { payload } = instance
  const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: '#0b3d91' } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    locale: 'nl',
    data: { alt: 'Een vlak' },
    file: { data: png, mimetype: 'image/png', name: 'vlak.png', size: png.length },
  })
  await assert.rejects(
    settings({ logo: media.id, logoName: 'x' }),
    (error: { data?: { errors?: { path: string }[] } }) => error.data?.errors?.[0]?.path === 'identity.logo',
  )
})

it('refuses at upload an SVG that could run a script', async () => {
  const script = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>')
  await assert.rejects(instance.payload.create({ collection: 'media', locale: 'nl', data: { alt: 'x' }, file: svg(script, 'kwaad.svg') }))
})

import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import sharp from 'sharp'
import { richText } from '@/site/richtext'
import { startTestPayload, type TestPayload } from './payload-instance'

let instance: TestPayload
before(async () => {
  instance = await startTestPayload()
})
after(() => instance.close())

it('serves images in rich text resized, as WebP, with width and height', async () => {
  const { payload } = instance
  const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#0b3d91' } })
    .png()
    .toBuffer()
  const media = await payload.create({
    collection: 'media',
    locale: 'nl',
    data: { alt: 'Een blauw vlak' },
    file: { data: png, mimetype: 'image/png', name: 'vlak.png', size: png.length },
  })
  assert.equal(media.mimeType, 'image/webp', 'the original is stored as WebP')
  assert.deepEqual([media.sizes?.small?.width, media.sizes?.medium?.width], [480, 960])
  const body = {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: [{ type: 'upload', version: 3, format: '', relationTo: 'media', value: media.id, fields: {} }],
    },
  }
  const item = await payload.create({
    collection: 'news',
    locale: 'nl',
    data: {
      title: 'Met beeld',
      slug: 'met-beeld',
      summary: 'x',
      body: body as never,
      publishedAt: new Date().toISOString(),
      _status: 'published',
    },
  })
  const read = await payload.findByID({ collection: 'news', id: item.id, locale: 'nl', depth: 1 })
  const html = richText(read.body, 'nl')?.value ?? ''
  assert.match(html, /<picture>/)
  assert.match(html, /type="image\/webp"/)
  assert.match(html, /alt="Een blauw vlak"/)
  assert.match(html, /height="900"/)
  assert.match(html, /width="1600"/)
  assert.doesNotMatch(html, /style=/)
})

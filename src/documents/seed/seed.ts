import type { Payload } from 'payload'
import { DEFAULT_LOCALE, LOCALES } from '@/site/routes'
import { writeDemoPdf } from '@/documents/pdf/write'
import { DEMO_NOTICE, planVersions } from './content'

/**
 * The strategy's six versions, oldest first so each can name the one before, each with its
 * document and a Dutch and a French demo PDF made here (the real files are not available).
 * The PDFs are plain, untagged files, so the documents honestly say they may not be accessible.
 */
export async function seedDocuments(payload: Payload): Promise<void> {
  let predecessor: number | undefined
  for (const version of planVersions) {
    const fileIds: number[] = []
    for (const language of ['nl', 'fr'] as const) {
      const data = await writeDemoPdf({
        title: version.document.title[language],
        language: `${language}-BE`,
        notice: DEMO_NOTICE[language],
        paragraphs: version.document.pdf[language],
      })
      const file = await payload.create({
        collection: 'document-files',
        data: { language },
        file: {
          data: Buffer.from(data),
          mimetype: 'application/pdf',
          name: `${version.document.slug[language]}-${language}.pdf`,
          size: data.length,
        },
      })
      fileIds.push(file.id)
    }
    const text = (l: (typeof LOCALES)[number]) => ({
      title: version.document.title[l],
      summary: version.document.summary[l],
      slug: version.document.slug[l],
    })
    const document = await payload.create({
      collection: 'documents',
      locale: DEFAULT_LOCALE,
      data: {
        ...text(DEFAULT_LOCALE),
        kind: version.document.kind,
        date: `${version.document.date}T00:00:00.000Z`,
        files: fileIds,
        accessible: false,
        _status: 'published',
      },
    })
    for (const l of LOCALES.filter((l) => l !== DEFAULT_LOCALE))
      await payload.update({ collection: 'documents', id: document.id, locale: l, data: { ...text(l), _status: 'published' } })

    const versionText = (l: (typeof LOCALES)[number]) => ({
      title: version.title[l],
      summary: version.summary[l],
      externalLink: version.externalLink ? { url: version.externalLink.url, label: version.externalLink.label[l] } : undefined,
    })
    const created = await payload.create({
      collection: 'plan-versions',
      locale: DEFAULT_LOCALE,
      data: {
        ...versionText(DEFAULT_LOCALE),
        year: version.year,
        periodStart: version.periodStart,
        periodEnd: version.periodEnd,
        documents: [document.id],
        predecessor,
        _status: 'published',
      },
    })
    for (const l of LOCALES.filter((l) => l !== DEFAULT_LOCALE))
      await payload.update({ collection: 'plan-versions', id: created.id, locale: l, data: { ...versionText(l), _status: 'published' } })
    predecessor = created.id
  }
}

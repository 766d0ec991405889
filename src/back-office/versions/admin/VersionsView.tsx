/**
 * The versions list of pages, news and documents, in place of Payload's: when (Brussels time),
 * who saved, the status (and the language published, where each language is published on its own)
 * and the internal note of each save, newest first, twenty a page, each linked to Payload's own
 * view of that version (with its comparison and restore).
 */
import { SetDocumentStepNav } from '@payloadcms/ui'
import type { DocumentViewServerProps, Where } from 'payload'
import { formatBrusselsTime } from '@/back-office/scheduling/brussels-time'
import { labelText } from '@/back-office/language/label-text'
import { languageNames } from '@/back-office/scheduling/messages'
import { languageOf } from '@/site/i18n/request-language'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import { isLocale } from '@/site/routes'
import { versionMessages } from '../messages'

const PAGE_SIZE = 20

interface VersionRow {
  id: number | string
  updatedAt: string
  publishedLocale?: string | null
  version: { _status?: string; editedBy?: number | { id: number } | null; versionNote?: string | null; title?: unknown }
}

export async function VersionsView({ initPageResult, searchParams }: DocumentViewServerProps) {
  const { req, collectionConfig, docID } = initPageResult
  if (!collectionConfig || docID === undefined) return null
  const language = languageOf(req)
  const messages = versionMessages[language]
  const page = Math.max(1, Number.parseInt(String(searchParams?.page ?? '1'), 10) || 1)
  const where: Where = { and: [{ parent: { equals: docID } }, { snapshot: { not_equals: true } }] }
  const result = await req.payload.findVersions({
    collection: collectionConfig.slug as 'news',
    where,
    sort: '-updatedAt',
    limit: PAGE_SIZE,
    page,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    locale: req.locale ?? undefined,
    req,
  })
  const rows = result.docs as unknown as VersionRow[]
  const names = await authorNames(req, rows)
  const base = `/admin/collections/${collectionConfig.slug}/${docID}/versions`
  const pluralLabel = labelText(collectionConfig.labels?.plural, language) ?? collectionConfig.slug
  const title = String(rows[0]?.version?.title ?? docID)
  return (
    <main className="versions belfort-versions">
      <SetDocumentStepNav
        collectionSlug={collectionConfig.slug}
        id={docID}
        pluralLabel={pluralLabel}
        useAsTitle={collectionConfig.admin?.useAsTitle}
        view={req.i18n.t('version:versions')}
      />
      <div className="gutter--left gutter--right belfort-versions__wrap">
        {rows.length === 0 ? (
          <p>{messages.noVersions}</p>
        ) : (
          <table className="belfort-versions__table" data-versions-table>
            <caption>{fillPlaceholders(messages.caption, { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{messages.when}</th>
                <th scope="col">{messages.who}</th>
                <th scope="col">{messages.status}</th>
                <th scope="col">{messages.note}</th>
                <td />
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const when = formatBrusselsTime(row.updatedAt, language)
                const author = authorId(row.version.editedBy)
                const published = row.version._status === 'published'
                const publishedIn =
                  published && isLocale(row.publishedLocale ?? undefined) ? languageNames[language][row.publishedLocale as 'nl'] : undefined
                return (
                  <tr key={row.id} data-version-row>
                    <td>{when}</td>
                    <td data-version-author>
                      {author === undefined ? messages.unknownAuthor : (names.get(author) ?? messages.unknownAuthor)}
                    </td>
                    <td>
                      {published ? messages.published : messages.draft}
                      {publishedIn ? ` (${publishedIn})` : ''}
                    </td>
                    <td data-version-note className="belfort-versions__note">
                      {row.version.versionNote ?? ''}
                    </td>
                    <td>
                      <a href={`${base}/${row.id}`} aria-label={fillPlaceholders(messages.openLabel, { when })}>
                        {messages.open}
                      </a>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        )}
        {result.totalPages > 1 && (
          <nav className="belfort-versions__pages" aria-label={fillPlaceholders(messages.pageOf, { page, pages: result.totalPages })}>
            {result.hasPrevPage && <a href={`${base}?page=${page - 1}`}>{messages.newer}</a>}
            <span>{fillPlaceholders(messages.pageOf, { page, pages: result.totalPages })}</span>
            {result.hasNextPage && <a href={`${base}?page=${page + 1}`}>{messages.older}</a>}
          </nav>
        )}
      </div>
    </main>
  )
}

const authorId = (value: VersionRow['version']['editedBy']): number | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? value.id : value

/** Staff names by id, read once for the page (staff see each other's names in the admin already). */
async function authorNames(req: DocumentViewServerProps['initPageResult']['req'], rows: VersionRow[]): Promise<Map<number, string>> {
  const ids = [...new Set(rows.map((row) => authorId(row.version.editedBy)).filter((id) => id !== undefined))]
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    depth: 0,
    limit: ids.length,
    overrideAccess: true,
    req,
  })
  return new Map(docs.map((user) => [user.id, user.name || user.email]))
}

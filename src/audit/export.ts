/**
 * `GET /api/audit-events/export`: the audit trail as CSV, for admins only, filtered as the admin's
 * list is (the same `where`, `search` and `sort` query), newest first. The export is itself
 * recorded ('audit-exported') before the file is sent, so no copy leaves unrecorded.
 */
import { APIError, type PayloadHandler, type PayloadRequest, type Where } from 'payload'
import { reach } from '@/access/from-matrix'
import type { AuditEvent } from '@/payload-types'
import { toCsv } from '@/tracker/open-data/csv'
import { recordAudit } from './record'

const COLUMNS = [
  'createdAt',
  'action',
  'outcome',
  'actorEmail',
  'actor',
  'roles',
  'collection',
  'documentId',
  'language',
  'address',
  'detail',
] as const
const PAGE = 1000

/** The fields the list's search box looks in (AuditEvents' listSearchableFields). */
const SEARCHED = ['actorEmail', 'documentId', 'address'] as const

/** The list's filter as the admin's URL carries it: `where`, plus the search box. */
export function exportFilter(query: PayloadRequest['query']): Where {
  const where = query.where && typeof query.where === 'object' ? (query.where as Where) : undefined
  const search = typeof query.search === 'string' ? query.search.trim() : ''
  const searched: Where | undefined = search ? { or: SEARCHED.map((field) => ({ [field]: { like: search } })) } : undefined
  const parts = [where, searched].filter((part): part is Where => Boolean(part))
  return parts.length === 0 ? {} : parts.length === 1 ? parts[0]! : { and: parts }
}

function row(event: AuditEvent): (string | number | null)[] {
  return COLUMNS.map((column) => {
    const value = event[column]
    if (value && typeof value === 'object') return (value as { id: number }).id
    return (value as string | number | null | undefined) ?? null
  })
}

export const exportAuditEvents: PayloadHandler = async (req) => {
  if (reach(req.user, 'audit-events', 'read') !== true) throw new APIError(req.t('error:notAllowedToPerformAction'), 403, undefined, true)
  const where = exportFilter(req.query)
  const sort = typeof req.query.sort === 'string' && req.query.sort ? req.query.sort : '-createdAt'
  const events: AuditEvent[] = []
  for (let page = 1; ; page++) {
    const found = await req.payload.find({
      collection: 'audit-events',
      where,
      sort,
      limit: PAGE,
      page,
      depth: 0,
      overrideAccess: false,
      req,
    })
    events.push(...found.docs)
    if (!found.hasNextPage) break
  }
  await recordAudit(req, {
    action: 'audit-exported',
    collection: 'audit-events',
    detail: `${events.length} events; filter ${JSON.stringify(where).slice(0, 400)}`,
  })
  const day = new Date().toISOString().slice(0, 10)
  return new Response(toCsv(COLUMNS, events.map(row)), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-trail-${day}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}

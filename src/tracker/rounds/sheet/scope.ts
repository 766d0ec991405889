/**
 * Whose obligations a person's spreadsheet holds: the follow-up cell (and admins) every one of the
 * round, a partner its own organisations' only, anyone else none (refused). The import checks each
 * row against the whole round, so a row of another organisation is told apart from an unknown one.
 */
import type { Payload, PayloadRequest } from 'payload'
import { isFollowUpUser, partnerOrganisations } from '@/access/tracker'
import type { ReportingRound } from '@/payload-types'
import type { PartlyLocalized } from '@/site/i18n/localized'
import { type Obligation, roundObligations } from '../obligations'

export interface SheetScope {
  /** Every obligation of the round. */
  all: Obligation[]
  /** The ones this person may download and send. */
  own: Obligation[]
  isCell: boolean
}

/** Undefined for whoever may not use the round's spreadsheet. */
export async function sheetScope(payload: Payload, round: ReportingRound, req: PayloadRequest): Promise<SheetScope | undefined> {
  const isCell = isFollowUpUser(req.user)
  const organisations = partnerOrganisations(req.user)
  if (!isCell && organisations.length === 0) return undefined
  const all = await roundObligations(payload, round, { req })
  return { all, own: isCell ? all : all.filter((row) => organisations.includes(row.partner)), isCell }
}

/** The accounts of the round's reports in every language, by report id. */
export async function reportAccounts(payload: Payload, ids: number[], req: PayloadRequest): Promise<Map<number, PartlyLocalized>> {
  if (ids.length === 0) return new Map()
  const found = await payload.find({
    collection: 'progress-reports',
    where: { id: { in: ids } },
    locale: 'all',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { account: true },
  })
  return new Map(found.docs.map((doc) => [doc.id, (doc.account ?? {}) as unknown as PartlyLocalized]))
}

/** The organisations' names in one language, by id. */
export async function partnerNames(payload: Payload, ids: number[], language: string, req: PayloadRequest): Promise<Map<number, string>> {
  const found = await payload.find({
    collection: 'partners',
    where: { id: { in: [...new Set(ids)] } },
    locale: language as 'nl',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { name: true },
  })
  return new Map(found.docs.map((partner) => [partner.id, partner.name ?? `#${partner.id}`]))
}

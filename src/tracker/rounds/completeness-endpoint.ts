/**
 * GET /api/reporting-rounds/:id/completeness.csv: the round's completeness as a spreadsheet, with
 * the header in the asker's language. Only for whoever the role matrix lets read every round's
 * obligations (the follow-up cell and admins).
 */
import { APIError, type Endpoint, type PayloadHandler } from 'payload'
import { isFollowUpUser } from '@/access/tracker'
import { languageOf } from '@/site/i18n/request-language'
import { LOCALES, type Locale } from '@/site/routes'
import { toCsv } from '../open-data/csv'
import { completeness } from './completeness'
import { roundMessages } from './messages'
import { roundObligations } from './obligations'

const exportCompleteness: PayloadHandler = async (req) => {
  if (!isFollowUpUser(req.user)) throw new APIError(req.t('error:notAllowedToPerformAction'), 403, undefined, true)
  const id = Number(req.routeParams?.id)
  const round = Number.isInteger(id)
    ? await req.payload.findByID({ collection: 'reporting-rounds', id, depth: 0, overrideAccess: false, req, disableErrors: true })
    : null
  if (!round) throw new APIError(req.t('error:notFound'), 404, undefined, true)
  const language: Locale = languageOf(req)
  const rows = completeness(await roundObligations(req.payload, round, { req }))
  const partners = await req.payload.find({
    collection: 'partners',
    where: { id: { in: rows.map((row) => row.partner) } },
    locale: language,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    req,
    select: { name: true },
  })
  const names = new Map(partners.docs.map((partner) => [partner.id, partner.name]))
  const text = roundMessages[language]
  const csv = toCsv(
    [
      text.csvPartner,
      text.csvPillar,
      text.csvMeasures,
      text.csvSubmitted,
      text.csvValidated,
      text.csvOldestLate,
      text.csvOldestLateDeadline,
    ],
    rows.map((row) => [
      names.get(row.partner) ?? `#${row.partner}`,
      row.pillarCode,
      row.measures,
      row.submittedShare,
      row.validatedShare,
      row.oldestLate?.code ?? null,
      row.oldestLate?.deadline ?? null,
    ]),
  )
  return new Response(csv, {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="round-${round.id}-completeness-${LOCALES.includes(language) ? language : 'nl'}.csv"`,
      'Cache-Control': 'no-store',
    },
  })
}

export const completenessCsvEndpoint: Endpoint = { path: '/:id/completeness.csv', method: 'get', handler: exportCompleteness }

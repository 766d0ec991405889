/**
 * What a best bet must be, refused with a message in the writer's language that names the field:
 * a query with at least one word, not already pinned in that language, and one to three results.
 */
import type { PayloadRequest, validations } from 'payload'
import { payloadRuntime } from '@/payload-runtime'
import { isLocale } from '@/site/routes'
import { say } from '@/site/i18n/request-language'
import { searchCurationMessages } from '../messages'
import { queryKey } from './query-key'

export const MAX_BEST_BETS = 3
export const BEST_BETS_SLUG = 'search-best-bets'

interface Options {
  req: PayloadRequest
  id?: number | string
  data?: Record<string, unknown>
}

export async function validateBestBetQuery(value: unknown, { req, id, data }: Options): Promise<true | string> {
  const language = data?.language
  const key = typeof value === 'string' && typeof language === 'string' && isLocale(language) ? queryKey(value, language) : ''
  if (typeof value !== 'string' || !/[\p{L}\p{N}]/u.test(value)) return say(req, searchCurationMessages, 'bestBetQueryEmpty')
  if (!key) return true
  const taken = await req.payload.find({
    collection: BEST_BETS_SLUG,
    where: {
      and: [{ queryKey: { equals: key } }, { language: { equals: language } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
    select: {},
  })
  return taken.docs.length > 0 ? say(req, searchCurationMessages, 'bestBetQueryTaken', { query: value.trim() }) : true
}

type RelationshipOptions = Parameters<typeof validations.relationship>[1]

export async function validateBestBetResults(value: unknown, options: RelationshipOptions): Promise<true | string> {
  const count = Array.isArray(value) ? value.length : 0
  if (count === 0) return say(options.req, searchCurationMessages, 'bestBetNone')
  if (count > MAX_BEST_BETS) return say(options.req, searchCurationMessages, 'bestBetTooMany', { max: MAX_BEST_BETS })
  const { validations: payloadValidations } = await payloadRuntime()
  return payloadValidations.relationship(value as Parameters<typeof validations.relationship>[0], options)
}

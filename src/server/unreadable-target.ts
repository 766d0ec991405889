/**
 * The answer to a request target that cannot be read (bad percent-encoding, control characters,
 * over-long): problem details under `/data` like every other open-data error, the site's error
 * page in the visitor's language elsewhere.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { rawPathOf } from '@/http/request-target'
import { negotiateLocale } from '@/site/i18n'
import { isDataPath, refuseDataTarget } from '@/tracker/open-data/http'
import type { PageResponses } from './page-responses'

export function refuseUnreadableTarget(
  req: IncomingMessage,
  res: ServerResponse,
  problem: 'bad-request' | 'too-long',
  pages: PageResponses,
): Promise<void> | void {
  const rawPath = rawPathOf(req.url ?? '/')
  if (isDataPath(rawPath)) return refuseDataTarget(req, res, rawPath, problem)
  return pages.sendError(req, res, negotiateLocale(req.headers['accept-language']), problem === 'too-long' ? 414 : 400, '/')
}

/**
 * Payload answers a request for an API address that has no endpoints (`/api/payload-migrations`)
 * with 501 and "Cannot GET <the request's URL>", and that URL is the one Next.js built inside the
 * server (`http://localhost:3000/…`), not the one the client used. Such addresses are simply not
 * there: a 404 in the client's language, naming no URL.
 */
import { negotiateLocale } from '@/site/i18n'
import { apiMessages } from './messages'

type RestHandler<Context> = (request: Request, context: Context) => Promise<Response>

export function answerUnknownRoutesWithNotFound<Context>(handler: RestHandler<Context>): RestHandler<Context> {
  return async (request, context) => {
    const response = await handler(request, context)
    if (response.status !== 501) return response
    const locale = negotiateLocale(request.headers.get('accept-language') ?? undefined)
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return Response.json({ errors: [{ message: apiMessages[locale].notFound }] }, { status: 404, headers })
  }
}

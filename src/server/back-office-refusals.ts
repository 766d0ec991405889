/**
 * The answers of the back-office mount when it refuses a request before Next.js sees it: Payload's
 * error shape (`{ errors: [{ message }] }`) under /api, plain text elsewhere, in the language the
 * client asks for, never kept by a cache.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { apiMessages } from '@/api/messages'
import { send } from '@/http/send'
import { negotiateLocale } from '@/site/i18n'
import { fillPlaceholders } from '@/site/i18n/placeholders'

export interface Refusal {
  status: 400 | 403 | 411 | 413 | 421
  message: keyof (typeof apiMessages)['nl']
  vars?: Record<string, string | number>
}

export function sendRefusal(req: IncomingMessage, res: ServerResponse, pathname: string, refusal: Refusal): void {
  const locale = negotiateLocale(req.headers['accept-language'])
  const message = fillPlaceholders(apiMessages[locale][refusal.message], refusal.vars)
  res.setHeader('Cache-Control', 'no-store')
  res.setHeader('Content-Language', locale)
  // A body that is too large or of unknown length is not read: the connection closes instead of draining it.
  if (refusal.status === 411 || refusal.status === 413) res.setHeader('Connection', 'close')
  if (pathname === '/api' || pathname.startsWith('/api/')) {
    send(req, res, refusal.status, 'application/json; charset=utf-8', JSON.stringify({ errors: [{ message }] }))
  } else {
    send(req, res, refusal.status, 'text/plain; charset=utf-8', message)
  }
}

/**
 * `POST /api/contact-messages/:id/answer-preview` with `{ text }`: the answer email exactly as the
 * outbox would send it (greeting, the text, signature, the quoted message), composed by the same
 * code (mail/queue.ts), for the handler to read and confirm before saving sends it.
 */
import { APIError, type Endpoint } from 'payload'
import { composeAnswer, type StoredMessage } from '@/contact/mail/queue'

export const answerPreviewEndpoint: Endpoint = {
  path: '/:id/answer-preview',
  method: 'post',
  handler: async (req) => {
    if (!req.user) throw new APIError(req.t('error:unauthorized'), 401, null, true)
    const id = req.routeParams?.id
    const body = (await req.json?.().catch(() => null)) as { text?: unknown } | null
    const text = typeof body?.text === 'string' ? body.text.trim() : ''
    if (typeof id !== 'string' && typeof id !== 'number') throw new APIError(req.t('error:notFound'), 404, null, true)
    // With the user's own access: a handler previews only their administrations' messages.
    const message = await req.payload.findByID({ collection: 'contact-messages', id, depth: 0, overrideAccess: false, user: req.user, req })
    const { email } = await composeAnswer(req, message as unknown as StoredMessage, text)
    return Response.json({ to: message.email, subject: email.subject, text: email.text })
  },
}

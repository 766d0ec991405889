/** GET under /{lang}/feedback: the comment form after a "no" (with its own spam challenge, so never shared) and the thanks. */
import type { ViewContext, ViewResult } from '@/site/context'
import { FEEDBACK_PARTS } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { emptyComment } from './http/receive'
import { pageLanguage } from './rules'
import { commentableRow, ticketRow } from './store'
import { commentView, feedbackNoticeView, thanksView } from './views/FeedbackViews'

export async function feedbackSection(ctx: ViewContext, rest: string[]): Promise<ViewResult> {
  const [part, ...more] = rest
  if (more.length > 0) return errorView(ctx, 404)
  if (part === FEEDBACK_PARTS.comment[ctx.locale]) {
    const ticket = ctx.query.get('ticket') ?? ''
    const id = ticketRow(ticket)
    const row = id === undefined ? undefined : await commentableRow(ctx.payload, id)
    if (!row?.ok) {
      const done = row?.ok === false && row.problem === 'done'
      return {
        ...feedbackNoticeView(ctx, done ? 409 : 404, ctx.t(done ? 'feedbackErrorDone' : 'feedbackErrorLink'), undefined),
        private: true,
      }
    }
    return { ...commentView(ctx, emptyComment(ticket, row.path)), private: true }
  }
  if (part === FEEDBACK_PARTS.thanks[ctx.locale]) {
    const page = ctx.query.get('page') ?? ''
    return { ...thanksView(ctx, pageLanguage(page) ? page : undefined), private: true }
  }
  return errorView(ctx, 404)
}

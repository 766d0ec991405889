/** @jsxImportSource @/site/html */
/** The pages after an answer: the optional comment after a "no", the thanks, and the refusals. */
import { ChallengeAndSend, TrapField } from '@/contact/spam/SpamFields'
import type { Challenge } from '@/contact/spam/challenge'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber, type MessageKey } from '@/site/i18n'
import { feedbackPartPath, homePath, LOCALES, type Locale, sectionPath } from '@/site/routes'
import { page } from '@/site/views/frame'
import { COMMENT_MAX } from '../rules'

/** Every language's version of a feedback page: the same part, without the visitor's query. */
function alternatesOf(part: 'comment' | 'thanks'): Partial<Record<Locale, string>> {
  return Object.fromEntries(LOCALES.map((l) => [l, feedbackPartPath(part, l)]))
}

/** The page the feedback was about, if there is one to go back to. */
function BackLink({ ctx, pagePath }: { ctx: ViewContext; pagePath: string | undefined }) {
  return (
    <p>
      <a href={pagePath ?? homePath(ctx.locale)}>{ctx.t('feedbackBackToPage')}</a>
    </p>
  )
}

export interface CommentFormState {
  ticket: string
  pagePath: string
  comment: string
  /** What is wrong with the comment, or with the form as a whole (spam checks). */
  error?: Extract<MessageKey, 'feedbackErrorTooLong' | 'errorHoneypot' | 'errorChallenge' | 'errorChallengeTooFast'>
  challenge: Challenge
  waitSeconds: number
}

export function commentView(ctx: ViewContext, state: CommentFormState, status = 200): ViewResult {
  const { t, locale } = ctx
  const error = state.error ? t(state.error, { max: formatNumber(COMMENT_MAX, locale) }) : undefined
  const onField = state.error === 'feedbackErrorTooLong'
  const title = t('feedbackCommentTitle')
  return page(ctx, {
    status,
    title,
    documentTitle: error ? t('errorPageTitle', { title }) : undefined,
    alternates: alternatesOf('comment'),
    askFeedback: false,
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead" role={error ? undefined : 'status'}>
          {t('feedbackCommentLead')}
        </p>
        {error ? (
          <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
            <h2 id="error-summary-title">{t('errorSummaryTitle')}</h2>
            <ul>
              <li>{onField ? <a href="#feedback-comment">{error}</a> : error}</li>
            </ul>
          </div>
        ) : null}
        <form class="feedback-comment" method="post" action={feedbackPartPath('comment', locale)} novalidate>
          <input type="hidden" name="ticket" value={state.ticket} />
          <div class={onField ? 'field field--error' : 'field'}>
            <label for="feedback-comment">{t('feedbackCommentLabel')}</label>
            <p class="hint" id="feedback-comment-hint">
              {t('feedbackCommentHint', { max: formatNumber(COMMENT_MAX, locale) })}
            </p>
            {onField ? (
              <p class="error-message" id="feedback-comment-error">
                {error}
              </p>
            ) : null}
            <textarea
              id="feedback-comment"
              name="comment"
              rows="5"
              aria-describedby={onField ? 'feedback-comment-hint feedback-comment-error' : 'feedback-comment-hint'}
              aria-invalid={onField ? 'true' : undefined}
            >
              {state.comment}
            </textarea>
          </div>
          <TrapField t={t} id="feedback-website" />
          <ChallengeAndSend
            t={t}
            locale={locale}
            token={state.challenge.token}
            waitSeconds={state.waitSeconds}
            hintId="feedback-wait"
            hint="feedbackCommentWait"
            send={t('feedbackCommentSend')}
          />
        </form>
        <BackLink ctx={ctx} pagePath={state.pagePath} />
      </>
    ),
  })
}

export function thanksView(ctx: ViewContext, pagePath: string | undefined): ViewResult {
  const { t } = ctx
  return page(ctx, {
    title: t('feedbackThanksTitle'),
    alternates: alternatesOf('thanks'),
    askFeedback: false,
    main: (
      <>
        <div class="panel panel--success" role="status">
          <h1>{t('feedbackThanksTitle')}</h1>
          <p>{t('feedbackThanksBody')}</p>
        </div>
        <BackLink ctx={ctx} pagePath={pagePath} />
        <p>
          <a href={sectionPath('contact', ctx.locale)}>{t('feedbackContactLink')}</a>
        </p>
      </>
    ),
  })
}

/** Why an answer was not stored, as a page of its own (the form it came from is on a cached page). */
export function feedbackNoticeView(
  ctx: ViewContext,
  status: number,
  body: string,
  pagePath: string | undefined,
  titleKey: MessageKey = 'feedbackErrorTitle',
): ViewResult {
  const { t } = ctx
  return page(ctx, {
    status,
    title: t(titleKey),
    alternates: {},
    askFeedback: false,
    main: (
      <>
        <h1>{t(titleKey)}</h1>
        <p class="lead">{body}</p>
        <BackLink ctx={ctx} pagePath={pagePath} />
      </>
    ),
  })
}

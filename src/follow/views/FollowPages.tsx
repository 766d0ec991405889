/** @jsxImportSource @/site/html */
/**
 * The pages behind the follow emails' links and after the forms: "check your inbox", the confirm and
 * unsubscribe pages (a GET shows a button, only its POST acts: mail scanners follow links), the
 * manage page, and the refusal of a forged, expired or used-up link. All made for one visitor.
 */
import type { ViewContext, ViewResult } from '@/site/context'
import { formatDate, type MessageKey } from '@/site/i18n'
import { type FollowPart, followPartPath, followPath, LOCALES, type Locale } from '@/site/routes'
import { page } from '@/site/views/frame'
import { frequencyKey } from '../mail'
import { FREQUENCIES } from '../rules'
import type { LinkProblem, Managed } from '../store'

/** The same part in every language, with the token when the page is reached through one. */
function alternatesOf(part: FollowPart, query?: Record<string, string>): Partial<Record<Locale, string>> {
  const suffix = query ? `?${new URLSearchParams(query)}` : ''
  return Object.fromEntries(LOCALES.map((l) => [l, `${followPartPath(part, l)}${suffix}`]))
}

function simple(
  ctx: ViewContext,
  parts: {
    status?: number
    title: MessageKey
    body: string
    alternates?: Partial<Record<Locale, string>>
    success?: boolean
    more?: unknown
  },
): ViewResult {
  const { t } = ctx
  const text = (
    <>
      <h1>{t(parts.title)}</h1>
      <p class="lead">{parts.body}</p>
    </>
  )
  return {
    ...page(ctx, {
      status: parts.status,
      title: t(parts.title),
      alternates: parts.alternates ?? {},
      askFeedback: false,
      main: (
        <>
          {parts.success ? (
            <div class="panel panel--success" role="status">
              {text}
            </div>
          ) : (
            text
          )}
          {parts.more as never}
        </>
      ),
    }),
    private: true,
  }
}

/** After either form: the same words whether or not the address was known. */
export function sentView(ctx: ViewContext, request: 'subscribe' | 'link'): ViewResult {
  const { t, locale } = ctx
  return simple(ctx, {
    title: 'followSentTitle',
    body: t(request === 'link' ? 'followSentLinkBody' : 'followSentBody'),
    alternates: alternatesOf('sent', request === 'link' ? { request } : undefined),
    success: true,
    more: (
      <>
        <p>{t('followSentSpam')}</p>
        <p>
          <a href={followPath(locale)}>{t('followBackToForm')}</a>
        </p>
      </>
    ),
  })
}

const PROBLEMS = {
  forged: { status: 400, title: 'followLinkForgedTitle', body: 'followLinkForgedBody' },
  expired: { status: 410, title: 'followLinkExpiredTitle', body: 'followLinkExpiredBody' },
  gone: { status: 410, title: 'followLinkGoneTitle', body: 'followLinkGoneBody' },
} as const satisfies Record<LinkProblem, { status: number; title: MessageKey; body: MessageKey }>

/** A link that cannot be used: why, with its status (400 forged, 410 expired or gone), and the way to a new one. */
export function linkProblemView(ctx: ViewContext, problem: LinkProblem): ViewResult {
  const { t, locale } = ctx
  const { status, title, body } = PROBLEMS[problem]
  return simple(ctx, {
    status,
    title,
    body: t(body),
    more: (
      <p>
        <a href={followPath(locale)}>{t('followBackToForm')}</a>
      </p>
    ),
  })
}

/** A page with one button that POSTs the token back: confirm, or unsubscribe. */
function buttonPage(
  ctx: ViewContext,
  part: 'confirm' | 'unsubscribe' | 'leave',
  token: string,
  title: MessageKey,
  lead: string,
  button: MessageKey,
): ViewResult {
  const { t, locale } = ctx
  return {
    ...page(ctx, {
      title: t(title),
      alternates: alternatesOf(part, { token }),
      askFeedback: false,
      main: (
        <>
          <h1>{t(title)}</h1>
          <p class="lead">{lead}</p>
          <form method="post" action={`${followPartPath(part, locale)}?${new URLSearchParams({ token })}`} data-follow-action={part}>
            <button type="submit" class="button">
              {t(button)}
            </button>
          </form>
        </>
      ),
    }),
    private: true,
  }
}

export const confirmView = (ctx: ViewContext, token: string, label: string): ViewResult =>
  buttonPage(ctx, 'confirm', token, 'followConfirmTitle', ctx.t('followConfirmLead', { subject: label }), 'followConfirmButton')

export const unsubscribeView = (ctx: ViewContext, token: string, label: string): ViewResult =>
  buttonPage(
    ctx,
    'unsubscribe',
    token,
    'followUnsubscribeTitle',
    ctx.t('followUnsubscribeLead', { subject: label }),
    'followUnsubscribeButton',
  )

export const leaveView = (ctx: ViewContext, token: string): ViewResult =>
  buttonPage(ctx, 'leave', token, 'followLeaveTitle', ctx.t('followLeaveLead'), 'followLeaveButton')

export function confirmedView(ctx: ViewContext, label: string, manageUrl: string): ViewResult {
  const { t } = ctx
  return simple(ctx, {
    title: 'followConfirmedTitle',
    body: t('followConfirmedBody', { subject: label }),
    success: true,
    more: (
      <p>
        <a href={manageUrl}>{t('followManageLink')}</a>
      </p>
    ),
  })
}

export function unsubscribedView(ctx: ViewContext): ViewResult {
  const { t, locale } = ctx
  return simple(ctx, {
    title: 'followUnsubscribedTitle',
    body: t('followUnsubscribedBody'),
    success: true,
    more: (
      <p>
        <a href={followPath(locale)}>{t('followTitle')}</a>
      </p>
    ),
  })
}

/** After the last subscription went from the manage page: nothing is kept any more. */
export function nothingLeftView(ctx: ViewContext): ViewResult {
  const { t, locale } = ctx
  return simple(ctx, {
    title: 'followManageTitle',
    body: t('followManageNone'),
    success: true,
    more: (
      <p>
        <a href={followPath(locale)}>{t('followManageAdd')}</a>
      </p>
    ),
  })
}

/** The subscriber's subscriptions, each with its frequency to change and a button to cancel it; all of it at once; the download. */
export function manageView(ctx: ViewContext, token: string, managed: Managed, done?: 'saved' | 'removed'): ViewResult {
  const { t, locale } = ctx
  const action = `${followPartPath('manage', locale)}?${new URLSearchParams({ token })}`
  const title = t('followManageTitle')
  return {
    ...page(ctx, {
      title,
      alternates: alternatesOf('manage', { token }),
      askFeedback: false,
      main: (
        <>
          <h1>{title}</h1>
          {done ? (
            <div class="panel panel--success" role="status">
              <p>{t(done === 'saved' ? 'followManageSaved' : 'followManageRemoved')}</p>
            </div>
          ) : null}
          <p class="lead">{t('followManageLead', { email: managed.subscriber.email })}</p>
          <div>
            <table class="follow-subscriptions" data-follow-subscriptions>
              <thead>
                <tr>
                  <th scope="col">{t('followManageSubject')}</th>
                  <th scope="col">{t('followManageStatus')}</th>
                  <th scope="col">{t('followManageFrequency')}</th>
                  <th scope="col">{t('followManageActions')}</th>
                </tr>
              </thead>
              <tbody>
                {managed.subscriptions.map((subscription) => (
                  <tr data-subject={subscription.subject}>
                    <th scope="row">{subscription.href ? <a href={subscription.href}>{subscription.label}</a> : subscription.label}</th>
                    <td>
                      {subscription.confirmedAt
                        ? t('followStatusConfirmed', { date: formatDate(subscription.confirmedAt, locale) })
                        : t('followStatusPending')}
                    </td>
                    <td>
                      <form method="post" action={action}>
                        <input type="hidden" name="action" value="frequency" />
                        <input type="hidden" name="subscription" value={String(subscription.id)} />
                        <label class="visually-hidden" for={`frequency-${subscription.id}`}>
                          {t('followManageFrequencyOf', { subject: subscription.label })}
                        </label>
                        <select id={`frequency-${subscription.id}`} name="frequency">
                          {FREQUENCIES.map((frequency) => (
                            <option value={frequency} selected={subscription.frequency === frequency}>
                              {t(frequencyKey(frequency))}
                            </option>
                          ))}
                        </select>{' '}
                        <button type="submit" class="button button--secondary">
                          {t('followManageSave')}
                          <span class="visually-hidden">{`: ${t('followManageSaveOf', { subject: subscription.label })}`}</span>
                        </button>
                      </form>
                    </td>
                    <td>
                      <form method="post" action={action}>
                        <input type="hidden" name="action" value="remove" />
                        <input type="hidden" name="subscription" value={String(subscription.id)} />
                        <button type="submit" class="button button--secondary">
                          {t('followManageRemove')}
                          <span class="visually-hidden">{`: ${t('followManageRemoveOf', { subject: subscription.label })}`}</span>
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <form method="post" action={action}>
            <input type="hidden" name="action" value="remove-all" />
            <button type="submit" class="button button--secondary">
              {t('followManageRemoveAll')}
            </button>
          </form>
          <p>
            <a
              class="button button--secondary"
              href={`${followPartPath('data', locale)}?${new URLSearchParams({ token })}`}
              download="subscriptions.json"
            >
              {t('followManageDownload')}
            </a>
          </p>
          <p>
            <a href={followPath(locale)}>{t('followManageAdd')}</a>
          </p>
        </>
      ),
    }),
    private: true,
  }
}

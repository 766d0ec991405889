/** @jsxImportSource @/site/html */
import { ChallengeAndSend, TrapField } from '@/contact/spam/SpamFields'
import type { Challenge } from '@/contact/spam/challenge'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber, pluralOf } from '@/site/i18n'
import { documentPath, formatRequestPath, LOCALES, type Locale, sectionPath } from '@/site/routes'
import { page } from '@/site/views/frame'
import { DETAILS_MAX, FORMAT_LABELS, FORMATS, type FormatRequestErrors, type FormatRequestValues } from '../format-request/rules'

/** What the form shows: empty at first, the visitor's values and errors after a refused POST. */
export interface FormatRequestState {
  values: FormatRequestValues
  errors: FormatRequestErrors
  /** A problem with the request as a whole (the spam checks). */
  formError?: 'errorChallenge' | 'errorChallengeTooFast' | 'errorHoneypot'
  challenge: Challenge
  waitSeconds: number
}

export interface RequestedDocument {
  title: string
  /** The document's slug in each language that has one. */
  slugs: Partial<Record<Locale, string>>
  slug: string
}

/** The answer time the site promises, as the contact form's confirmation says it. */
function answerTime(ctx: ViewContext, days: number): string {
  return ctx.t(pluralOf(days, ctx.locale) === 'one' ? 'sentAnswerTimeOne' : 'sentAnswerTime', { days: formatNumber(days, ctx.locale) })
}

/** "Request this document in another format": which document, which format, where to send it; the answer time promised. */
export function formatRequestView(
  ctx: ViewContext,
  document: RequestedDocument,
  state: FormatRequestState,
  answerDays: number,
  status = 200,
): ViewResult {
  const { t, locale } = ctx
  const { values, errors } = state
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = formatRequestPath(document.slugs[l] ?? document.slug, l)
  const messageOf = (field: keyof FormatRequestErrors): string | undefined => {
    const key = errors[field]
    return key ? t(key, { max: formatNumber(DETAILS_MAX, locale) }) : undefined
  }
  const problems = [
    ...(['format', 'details', 'email'] as const).flatMap((field) => {
      const text = messageOf(field)
      return text ? [{ href: field === 'format' ? `#format-${FORMATS[0]}` : `#${field}`, text }] : []
    }),
    ...(state.formError ? [{ href: '#send', text: t(state.formError) }] : []),
  ]
  const title = t('requestFormat')
  const documentHref = documentPath(document.slugs[locale] ?? document.slug, locale)
  const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined
  return page(ctx, {
    status,
    title,
    documentTitle: problems.length > 0 ? t('errorPageTitle', { title }) : undefined,
    alternates,
    trail: [
      { label: t('documentsHeading'), href: sectionPath('documents', locale) },
      { label: document.title, href: documentHref },
    ],
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead">{t('formatRequestLead')}</p>
        <p>{answerTime(ctx, answerDays)}</p>
        {problems.length > 0 ? (
          <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
            <h2 id="error-summary-title">{t('errorSummaryTitle')}</h2>
            <ul>
              {problems.map((p) => (
                <li>
                  <a href={p.href}>{p.text}</a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <form class="format-request" method="post" action={ctx.path} novalidate>
          <dl class="facts">
            <dt>{t('formatRequestDocument')}</dt>
            <dd>
              <a href={documentHref}>{document.title}</a>
            </dd>
          </dl>
          <div class={errors.format ? 'field field--error' : 'field'}>
            <fieldset aria-describedby={errors.format ? 'format-error' : undefined}>
              <legend>{t('formatRequestFormat')}</legend>
              {errors.format ? (
                <p class="error-message" id="format-error">
                  {messageOf('format')}
                </p>
              ) : null}
              {FORMATS.map((format) => (
                <div class="choice">
                  <input type="radio" id={`format-${format}`} name="format" value={format} checked={values.format === format} />
                  <label for={`format-${format}`}>{t(FORMAT_LABELS[format])}</label>
                </div>
              ))}
            </fieldset>
          </div>
          <div class={errors.details ? 'field field--error' : 'field'}>
            <label for="details">{t('formatRequestDetails')}</label>
            <span class="hint" id="details-hint">
              {t('fieldMessageHint', { max: formatNumber(DETAILS_MAX, locale) })}
            </span>
            {errors.details ? (
              <p class="error-message" id="details-error">
                {messageOf('details')}
              </p>
            ) : null}
            <textarea
              id="details"
              name="details"
              rows="3"
              aria-describedby={describedBy('details-hint', Boolean(errors.details) && 'details-error')}
              aria-invalid={errors.details ? 'true' : undefined}
            >
              {values.details}
            </textarea>
          </div>
          <div class={errors.email ? 'field field--error' : 'field'}>
            <label for="email">{t('fieldEmail')}</label>
            <span class="hint" id="email-hint">
              {t('formatRequestEmailHint')}
            </span>
            {errors.email ? (
              <p class="error-message" id="email-error">
                {messageOf('email')}
              </p>
            ) : null}
            <input
              type="email"
              id="email"
              name="email"
              value={values.email}
              autocomplete="email"
              spellcheck="false"
              aria-describedby={describedBy('email-hint', Boolean(errors.email) && 'email-error')}
              aria-invalid={errors.email ? 'true' : undefined}
            />
          </div>
          <TrapField t={t} id="website" />
          <ChallengeAndSend
            t={t}
            locale={locale}
            token={state.challenge.token}
            waitSeconds={state.waitSeconds}
            hintId="format-request-wait"
            hint="feedbackCommentWait"
            send={t('formatRequestSend')}
            sendId="send"
          />
        </form>
      </>
    ),
  })
}

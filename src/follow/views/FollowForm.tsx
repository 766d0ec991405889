/** @jsxImportSource @/site/html */
/**
 * The follow page: what to follow (preselected from the page's "Follow by email" link), how often,
 * the address; under it, "I already follow: send me my link". Plain forms that work without a script;
 * each carries its own spam challenge, so the page is made per visitor and never cached.
 */
import type { Challenge } from '@/contact/spam/challenge'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber, type MessageKey } from '@/site/i18n'
import { followPartPath, followPath, LOCALES, type Locale } from '@/site/routes'
import { page } from '@/site/views/frame'
import { frequencyKey } from '../mail'
import { ALL_NEWS, FREQUENCIES } from '../rules'
import type { DescribedSubject, SubjectChoices } from '../subjects'

export interface SubscribeValues {
  subject: string
  frequency: string
  email: string
}

export interface SubscribeErrors {
  subject?: Extract<MessageKey, 'followErrorSubject' | 'followErrorSubjectUnknown'>
  frequency?: Extract<MessageKey, 'followErrorFrequency'>
  email?: Extract<MessageKey, 'errorEmailMissing' | 'errorEmailInvalid'>
}

type FormError = Extract<MessageKey, 'errorChallenge' | 'errorChallengeTooFast' | 'errorHoneypot'>

export interface FollowFormState {
  values: SubscribeValues
  errors: SubscribeErrors
  formError?: FormError
  /** The "send me my link" form's address and what is wrong with it. */
  linkEmail: string
  linkError?: Extract<MessageKey, 'errorEmailMissing' | 'errorEmailInvalid'> | FormError
  /** A single page, news item, document, plan item or indicator chosen through its link (not in the lists). */
  chosen?: DescribedSubject
  /** The languages `chosen` can be followed in (all when not said). */
  followableIn?: Locale[]
  choices: SubjectChoices
  challenge: Challenge
  waitSeconds: number
}

function ErrorSummary({ ctx, problems }: { ctx: ViewContext; problems: { href: string; text: string }[] }) {
  if (problems.length === 0) return null
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" id="error-summary">
      <h2 id="error-summary-title">{ctx.t('errorSummaryTitle')}</h2>
      <ul>
        {problems.map((p) => (
          <li>
            <a href={p.href}>{p.text}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

function SpamFields({ ctx, state, prefix }: { ctx: ViewContext; state: FollowFormState; prefix: string }) {
  return (
    <>
      <div class="form-trap">
        <label for={`${prefix}-website`}>{ctx.t('honeypot')}</label>
        <input type="text" id={`${prefix}-website`} name="website" value="" tabindex="-1" autocomplete="off" />
      </div>
      <input type="hidden" name="challenge" value={state.challenge.token} />
      <input type="hidden" name="solution" value="" />
      <p class="hint" id={`${prefix}-wait`}>
        {ctx.t('followWait', { seconds: formatNumber(state.waitSeconds, ctx.locale) })}
      </p>
    </>
  )
}

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined

export function followFormView(ctx: ViewContext, state: FollowFormState, status = 200): ViewResult {
  const { t, locale } = ctx
  const { values, errors, choices, chosen } = state
  const problems = [
    ...(errors.subject ? [{ href: '#follow-subject', text: t(errors.subject) }] : []),
    ...(errors.frequency ? [{ href: `#follow-frequency-${FREQUENCIES[0]}`, text: t(errors.frequency) }] : []),
    ...(errors.email ? [{ href: '#follow-email', text: t(errors.email) }] : []),
    ...(state.formError ? [{ href: '#follow-send', text: t(state.formError) }] : []),
    ...(state.linkError ? [{ href: '#link-email', text: t(state.linkError) }] : []),
  ]
  const title = t('followTitle')
  // The same choice in every language where it can be followed: a subject key names a row, not words.
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = followPath(l, state.followableIn?.includes(l) === false ? undefined : chosen?.key)
  const option = (key: string, label: string) => (
    <option value={key} selected={values.subject === key}>
      {label}
    </option>
  )
  const group = (label: MessageKey, list: { key: string; name: string }[]) =>
    list.length > 0 ? <optgroup label={t(label)}>{list.map((choice) => option(choice.key, choice.name))}</optgroup> : null
  const linkFieldError = state.linkError === 'errorEmailMissing' || state.linkError === 'errorEmailInvalid'
  return page(ctx, {
    status,
    title,
    documentTitle: problems.length > 0 ? t('errorPageTitle', { title }) : undefined,
    description: t('followLead'),
    alternates,
    askFeedback: false,
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead">{t('followLead')}</p>
        <ErrorSummary ctx={ctx} problems={problems} />
        <form class="follow-form" method="post" action={followPath(locale)} novalidate data-follow-form>
          <div class={errors.subject ? 'field field--error' : 'field'}>
            <label for="follow-subject">{t('followSubjectField')}</label>
            <p class="hint" id="follow-subject-hint">
              {t('followSubjectHint')}
            </p>
            {errors.subject ? (
              <p class="error-message" id="follow-subject-error">
                {t(errors.subject)}
              </p>
            ) : null}
            <select
              id="follow-subject"
              name="subject"
              aria-describedby={describedBy('follow-subject-hint', Boolean(errors.subject) && 'follow-subject-error')}
              aria-invalid={errors.subject ? 'true' : undefined}
            >
              {chosen && chosen.kind !== 'all-news' && !isListed(choices, chosen.key) ? (
                <optgroup label={t('followSubjectChosen')}>{option(chosen.key, chosen.label)}</optgroup>
              ) : null}
              {option(ALL_NEWS, t('followAllNews'))}
              {group('followSubjectGroupThemes', choices.theme)}
              {group('followSubjectGroupAudiences', choices.audience)}
              {group('followSubjectGroupAdministrations', choices.administration)}
            </select>
          </div>
          <div class={errors.frequency ? 'field field--error' : 'field'}>
            <fieldset aria-describedby={errors.frequency ? 'follow-frequency-error' : undefined}>
              <legend>{t('followFrequencyLegend')}</legend>
              {errors.frequency ? (
                <p class="error-message" id="follow-frequency-error">
                  {t(errors.frequency)}
                </p>
              ) : null}
              {FREQUENCIES.map((frequency) => (
                <div class="choice">
                  <input
                    type="radio"
                    id={`follow-frequency-${frequency}`}
                    name="frequency"
                    value={frequency}
                    checked={values.frequency === frequency}
                  />
                  <label for={`follow-frequency-${frequency}`}>{t(frequencyKey(frequency))}</label>
                </div>
              ))}
            </fieldset>
          </div>
          <div class={errors.email ? 'field field--error' : 'field'}>
            <label for="follow-email">{t('followEmailLabel')}</label>
            <p class="hint" id="follow-email-hint">
              {t('followEmailHint')}
            </p>
            {errors.email ? (
              <p class="error-message" id="follow-email-error">
                {t(errors.email)}
              </p>
            ) : null}
            <input
              type="email"
              id="follow-email"
              name="email"
              value={values.email}
              autocomplete="email"
              spellcheck="false"
              aria-describedby={describedBy('follow-email-hint', Boolean(errors.email) && 'follow-email-error')}
              aria-invalid={errors.email ? 'true' : undefined}
            />
          </div>
          <SpamFields ctx={ctx} state={state} prefix="follow" />
          <p class="hint">{t('followPrivacy')}</p>
          <button type="submit" class="button" id="follow-send" aria-describedby="follow-wait">
            {t('followSubmit')}
          </button>
        </form>
        <section aria-labelledby="follow-already" class="follow-already">
          <h2 id="follow-already">{t('followAlreadyTitle')}</h2>
          <form method="post" action={followPartPath('link', locale)} novalidate data-follow-link-form>
            <div class={linkFieldError ? 'field field--error' : 'field'}>
              <label for="link-email">{t('followEmailLabel')}</label>
              <p class="hint" id="link-email-hint">
                {t('followAlreadyLead')}
              </p>
              {linkFieldError ? (
                <p class="error-message" id="link-email-error">
                  {t(state.linkError!)}
                </p>
              ) : null}
              <input
                type="email"
                id="link-email"
                name="email"
                value={state.linkEmail}
                autocomplete="email"
                spellcheck="false"
                aria-describedby={describedBy('link-email-hint', linkFieldError && 'link-email-error')}
                aria-invalid={linkFieldError ? 'true' : undefined}
              />
            </div>
            <SpamFields ctx={ctx} state={state} prefix="link" />
            <button type="submit" class="button button--secondary" id="link-send" aria-describedby="link-wait">
              {t('followAlreadySubmit')}
            </button>
          </form>
        </section>
      </>
    ),
  })
}

const isListed = (choices: SubjectChoices, key: string) =>
  [...choices.theme, ...choices.audience, ...choices.administration].some((choice) => choice.key === key)

/** @jsxImportSource @/site/html */
import { ChallengeAndSend, TrapField } from '@/contact/spam/SpamFields'
import type { Administration } from '@/payload-types'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { type Html, raw } from '@/site/html/jsx-runtime'
import { formatNumber, languageName } from '@/site/i18n'
import { administrationPath, LOCALES, type Locale, sectionPath } from '@/site/routes'
import { page } from '@/site/views/frame'
import { withLinks } from '@/site/views/with-links'
import { ContactList } from '@/site/views/ContactList'
import { contactScript } from '@/contact/client/bundle'
import { CONTACT_FIELDS, CONTACT_LIMITS, type ContactField, ERROR_KEYS } from '@/contact/form/rules'
import { type ContactFormState, errorText, fileSize } from './form-state'

export interface ContactTopicOption {
  id: string
  label: string
  /** Who answers messages on this subject. */
  administration: number
}

/** Field ids are the field names, so the error summary can link to each. */
const inputId = (field: ContactField): string => (field === 'language' ? 'language-nl' : field)

function Field({
  field,
  label,
  hint,
  error,
  children,
}: {
  field: ContactField
  label: string
  hint?: string
  error?: string
  children: Html
}) {
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={inputId(field)}>{label}</label>
      {hint ? (
        <span class="hint" id={`${field}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <p class="error-message" id={`${field}-error`}>
          {error}
        </p>
      ) : null}
      {children}
    </div>
  )
}

const describedBy = (field: ContactField, hint: boolean, error: string | undefined): string | undefined =>
  [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined

/** The browser script's messages, as data it reads (a JSON block is never executed). */
function clientMessages(ctx: ViewContext): Html {
  const messages: Record<string, string> = {}
  for (const key of ERROR_KEYS) messages[key] = errorText(ctx.t, ctx.locale, key)
  messages.errorSummaryTitle = ctx.t('errorSummaryTitle')
  const json = JSON.stringify(messages).replace(/</g, '\\u003c')
  return (
    <script type="application/json" id="contact-messages">
      {raw(json)}
    </script>
  )
}

/** The contact page: the form, then the other ways to reach the organisation and each administration. */
export async function contactView(
  ctx: ViewContext,
  state: ContactFormState,
  topics: ContactTopicOption[],
  status = 200,
): Promise<ViewResult> {
  const { t, locale } = ctx
  const administrations = await ctx.payload.find({
    collection: 'administrations',
    locale,
    depth: 0,
    pagination: false,
    sort: 'order',
    overrideAccess: false,
  })
  ctx.tags.add(anyTag('administrations'))
  const { values, errors } = state
  const messageOf = (field: ContactField): string | undefined => {
    const key = errors[field]
    if (!key) return undefined
    return errorText(t, locale, key, key === 'errorFileContent' ? state.badFile : undefined)
  }
  const attachmentsNote = messageOf('attachments') ?? (state.filesDropped ? t('filesNotKept') : undefined)
  const problems: { href: string; text: string }[] = []
  if (state.formError) problems.push({ href: '#send', text: t(state.formError) })
  for (const field of CONTACT_FIELDS) {
    const text = messageOf(field)
    if (text) problems.push({ href: `#${inputId(field)}`, text })
  }
  const title = t('contactHeading')
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = sectionPath('contact', l)
  const privacy = ctx.chrome.privacyLink
  const org = ctx.chrome

  return page(ctx, {
    status,
    title,
    // The error goes in the browser's title only, not into the breadcrumb.
    documentTitle: problems.length > 0 ? t('errorPageTitle', { title }) : undefined,
    description: t('contactLead'),
    alternates,
    main: (
      <>
        <h1>{title}</h1>
        <p class="lead">{t('contactLead')}</p>
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
        <form
          class="contact-form"
          method="post"
          action={ctx.path}
          enctype="multipart/form-data"
          novalidate
          aria-labelledby="form-heading"
          data-challenge-salt={state.challenge.salt}
          data-challenge-target={state.challenge.target}
          data-challenge-max={String(state.challenge.maxNumber)}
        >
          <h2 id="form-heading">{t('formHeading')}</h2>
          <p>{t('formRequired')}</p>
          <Field field="topic" label={t('fieldTopic')} hint={t('fieldTopicHint')} error={messageOf('topic')}>
            <select
              id="topic"
              name="topic"
              aria-describedby={describedBy('topic', true, messageOf('topic'))}
              aria-invalid={errors.topic ? 'true' : undefined}
            >
              <option value="">—</option>
              {topics.map((topic) => (
                <option value={topic.id} selected={values.topic === topic.id}>
                  {topic.label}
                </option>
              ))}
            </select>
          </Field>
          <Field field="name" label={t('fieldName')} error={messageOf('name')}>
            <input
              type="text"
              id="name"
              name="name"
              value={values.name}
              autocomplete="name"
              maxlength={String(CONTACT_LIMITS.name * 2)}
              aria-describedby={describedBy('name', false, messageOf('name'))}
              aria-invalid={errors.name ? 'true' : undefined}
            />
          </Field>
          <Field field="email" label={t('fieldEmail')} hint={t('fieldEmailHint')} error={messageOf('email')}>
            <input
              type="email"
              id="email"
              name="email"
              value={values.email}
              autocomplete="email"
              spellcheck="false"
              aria-describedby={describedBy('email', true, messageOf('email'))}
              aria-invalid={errors.email ? 'true' : undefined}
            />
          </Field>
          <Field field="phone" label={t('fieldPhone')} error={messageOf('phone')}>
            <input
              type="tel"
              id="phone"
              name="phone"
              value={values.phone}
              autocomplete="tel"
              class="input--short"
              aria-describedby={describedBy('phone', false, messageOf('phone'))}
              aria-invalid={errors.phone ? 'true' : undefined}
            />
          </Field>
          <Field
            field="message"
            label={t('fieldMessage')}
            hint={t('fieldMessageHint', { max: formatNumber(CONTACT_LIMITS.message, locale) })}
            error={messageOf('message')}
          >
            <textarea
              id="message"
              name="message"
              rows="8"
              aria-describedby={describedBy('message', true, messageOf('message'))}
              aria-invalid={errors.message ? 'true' : undefined}
            >
              {values.message}
            </textarea>
          </Field>
          <Field
            field="attachments"
            label={t('fieldAttachments')}
            hint={t('fieldAttachmentsHint', { count: formatNumber(CONTACT_LIMITS.maxFiles, locale), size: fileSize(locale) })}
            error={attachmentsNote}
          >
            {/* The browser draws its own file input in its own language; a styled button in the page's
                language lies under the real input, which stays the control a click or key reaches. Without
                scripts (no status can follow the choice) the native input shows as it is (site.css). */}
            <div class="file-picker">
              <span class="file-picker__control">
                <input
                  type="file"
                  id="attachments"
                  name="attachments"
                  class="file-picker__input"
                  multiple
                  accept=".pdf,.png,.jpg,.jpeg,.webp,application/pdf,image/png,image/jpeg,image/webp"
                  aria-describedby={describedBy('attachments', true, attachmentsNote)}
                  aria-invalid={errors.attachments ? 'true' : undefined}
                />
                <span class="file-picker__button button" aria-hidden="true">
                  {t('filePickerButton')}
                </span>
              </span>
              <span class="file-picker__status" id="attachments-status" data-many={t('filePickerMany')}>
                {t('filePickerNone')}
              </span>
            </div>
          </Field>
          <div class={errors.language ? 'field field--error' : 'field'}>
            <fieldset aria-describedby={errors.language ? 'language-error' : undefined}>
              <legend>{t('fieldLanguage')}</legend>
              {errors.language ? (
                <p class="error-message" id="language-error">
                  {messageOf('language')}
                </p>
              ) : null}
              {LOCALES.map((l) => (
                <div class="choice">
                  <input type="radio" id={`language-${l}`} name="language" value={l} checked={values.language === l} />
                  <label for={`language-${l}`} lang={l}>
                    {languageName(l, l)}
                  </label>
                </div>
              ))}
            </fieldset>
          </div>
          <div class={errors.consent ? 'field field--error' : 'field'}>
            {errors.consent ? (
              <p class="error-message" id="consent-error">
                {messageOf('consent')}
              </p>
            ) : null}
            <div class="choice">
              <input
                type="checkbox"
                id="consent"
                name="consent"
                value="yes"
                checked={values.consent}
                aria-describedby={describedBy('consent', true, messageOf('consent'))}
                aria-invalid={errors.consent ? 'true' : undefined}
              />
              <label for="consent">{t('fieldConsent', { organisation: org.organisationName })}</label>
            </div>
            <p class="hint" id="consent-hint">
              {withLinks(t('fieldConsentHint'), { privacy: { href: privacy?.href, label: t('privacyStatement') } })}
            </p>
          </div>
          <TrapField t={t} id="website" />
          <ChallengeAndSend
            t={t}
            locale={locale}
            token={state.challenge.token}
            waitSeconds={state.waitSeconds}
            hintId="challenge-hint"
            hint="challengeHint"
            send={t('sendMessage')}
            sendId="send"
          />
        </form>
        {clientMessages(ctx)}
        <script src={contactScript.href} defer></script>
        <section aria-labelledby="ways-heading" class="contact-ways">
          <h2 id="ways-heading">{t('contactWays')}</h2>
          <ContactList contact={{ address: org.address, phone: org.phone, email: org.email, hours: org.hours }} ctx={ctx} />
          <h3>{t('contactPerAdministration')}</h3>
          <ul class="contact-ways__list">
            {administrations.docs.map((administration: Administration) => (
              <li>
                <h4>
                  <a href={administrationPath(administration.slug ?? '', locale)}>{administration.name}</a>
                </h4>
                {administration.contact ? <ContactList contact={administration.contact} ctx={ctx} /> : null}
              </li>
            ))}
          </ul>
        </section>
      </>
    ),
  })
}

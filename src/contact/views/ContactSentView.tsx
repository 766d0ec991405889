/** @jsxImportSource @/site/html */
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber, pluralOf } from '@/site/i18n'
import { contactSentPath, LOCALES, type Locale, sectionPath } from '@/site/routes'
import { page } from '@/site/views/frame'

/** The confirmation after a message was stored: its reference, the answer time promised in the site settings, and what happens next. */
export function contactSentView(ctx: ViewContext, reference: string, query: string, answerDays: number): ViewResult {
  const { t, locale } = ctx
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = `${contactSentPath(l)}?${query}`
  return page(ctx, {
    title: t('sentHeading'),
    alternates,
    trail: [{ label: t('contactHeading'), href: sectionPath('contact', ctx.locale) }],
    main: (
      <>
        <div class="panel panel--success" role="status">
          <h1>{t('sentHeading')}</h1>
          <p>
            {t('sentReference')}
            <br />
            <strong class="reference">{reference}</strong>
          </p>
        </div>
        <p>{t('sentBody')}</p>
        <p>
          {t(pluralOf(answerDays, locale) === 'one' ? 'sentAnswerTimeOne' : 'sentAnswerTime', { days: formatNumber(answerDays, locale) })}
        </p>
        <p>{t('sentNext')}</p>
        <p>{t('sentNoEmail')}</p>
      </>
    ),
  })
}

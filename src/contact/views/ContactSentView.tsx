/** @jsxImportSource @/site/html */
import type { ViewContext, ViewResult } from '@/site/context'
import { contactSentPath, LOCALES, type Locale, sectionPath } from '@/site/routes'
import { page } from '@/site/views/frame'

/** The confirmation after a message was stored: its reference, and what happens next. */
export function contactSentView(ctx: ViewContext, reference: string, query: string): ViewResult {
  const { t } = ctx
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
        <p>{t('sentNext')}</p>
        <p>{t('sentNoEmail')}</p>
      </>
    ),
  })
}

/** @jsxImportSource @/site/html */
import type { ViewContext, ViewResult } from '@/site/context'
import type { MessageKey } from '@/site/i18n'
import { LOCALES, type Locale, sectionPath } from '@/site/routes'
import { page } from '@/site/views/frame'

/** A page that explains why a message was refused as a whole (too large, too many) and leads back. */
export function contactNoticeView(ctx: ViewContext, status: number, titleKey: MessageKey, body: string): ViewResult {
  const { t } = ctx
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = sectionPath('contact', l)
  return page(ctx, {
    status,
    title: t(titleKey),
    alternates,
    trail: [{ label: t('contactHeading'), href: sectionPath('contact', ctx.locale) }],
    main: (
      <>
        <h1>{t(titleKey)}</h1>
        <p class="lead">{body}</p>
        <p>
          <a href={sectionPath('contact', ctx.locale)}>{t('backToForm')}</a>
        </p>
      </>
    ),
  })
}

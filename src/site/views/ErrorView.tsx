/** @jsxImportSource @/site/html */
import type { ViewContext, ViewResult } from '@/site/context'
import type { MessageKey } from '@/site/i18n'
import { homePath, LOCALES } from '@/site/routes'
import { page } from './frame'

const TEXTS: Record<number, [MessageKey, MessageKey]> = {
  400: ['badRequestTitle', 'badRequestBody'],
  403: ['forbiddenTitle', 'forbiddenBody'],
  404: ['notFoundTitle', 'notFoundBody'],
  414: ['uriTooLongTitle', 'uriTooLongBody'],
  500: ['serverErrorTitle', 'serverErrorBody'],
}

/** The localized page for an error status; never shows technical details. */
export function errorView(ctx: ViewContext, status: 400 | 403 | 404 | 414 | 500): ViewResult {
  const [titleKey, bodyKey] = TEXTS[status] ?? ['serverErrorTitle', 'serverErrorBody']
  const { t } = ctx
  return page(ctx, {
    status,
    title: t(titleKey),
    alternates: Object.fromEntries(LOCALES.map((l) => [l, homePath(l)])),
    main: (
      <>
        <h1>{t(titleKey)}</h1>
        <p class="lead">{t(bodyKey)}</p>
        {status === 404 ? <p>{t('notFoundHelp')}</p> : null}
        <p>
          <a href={homePath(ctx.locale)}>{t('goHome')}</a>
        </p>
      </>
    ),
  })
}

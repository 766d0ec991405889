/** @jsxImportSource @/site/html */
/**
 * What the address of something unpublished answers: 410 Gone, with why and, when it was
 * replaced, a link to what replaces it, in the address's language; never a bare 404.
 */
import type { ContentChange } from '@/payload-types'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatDate } from '@/site/i18n'
import { homePath, LOCALES } from '@/site/routes'
import { page } from '@/site/views/frame'

const REASON = { error: 'goneError', replaced: 'goneReplaced', outdated: 'goneOutdated' } as const

export function goneView(ctx: ViewContext, withdrawal: ContentChange): ViewResult {
  const { t } = ctx
  const reason = withdrawal.reason ? REASON[withdrawal.reason] : undefined
  return page(ctx, {
    status: 410,
    title: t('goneTitle'),
    alternates: Object.fromEntries(LOCALES.map((l) => [l, homePath(l)])),
    main: (
      <div data-gone="">
        <h1>{t('goneTitle')}</h1>
        <p class="lead">
          {t('goneSince', { date: formatDate(withdrawal.at, ctx.locale) })}
          {reason ? ` ${t(reason)}` : null}
        </p>
        {withdrawal.replacement ? (
          <p>
            <a href={withdrawal.replacement}>{t('goneReplacementLink')}</a>
          </p>
        ) : null}
        <p>
          <a href={homePath(ctx.locale)}>{t('goHome')}</a>
        </p>
      </div>
    ),
  })
}

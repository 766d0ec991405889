/** @jsxImportSource @/site/html */
import type { ViewContext, ViewResult } from '@/site/context'
import { formatDate } from '@/site/i18n'
import { homePath, LOCALES } from '@/site/routes'
import { page } from '@/site/views/frame'
import { previewLinkMessages } from './messages'
import type { PreviewLinkProblem } from './open'

type Key = keyof (typeof previewLinkMessages)['nl']

const TEXTS: Record<PreviewLinkProblem, { status: number; title: Key; body: Key }> = {
  malformed: { status: 400, title: 'previewLinkMalformedTitle', body: 'previewLinkMalformedBody' },
  unknown: { status: 404, title: 'previewLinkUnknownTitle', body: 'previewLinkUnknownBody' },
  expired: { status: 410, title: 'previewLinkExpiredTitle', body: 'previewLinkExpiredBody' },
  revoked: { status: 410, title: 'previewLinkRevokedTitle', body: 'previewLinkRevokedBody' },
  published: { status: 410, title: 'previewLinkPublishedTitle', body: 'previewLinkPublishedBody' },
}

/** Why a preview link does not open, in the link's language, with the status that says so. */
export function previewLinkProblemView(
  ctx: ViewContext,
  problem: PreviewLinkProblem,
  details: { expiresAt?: string; publishedPath?: string },
): ViewResult {
  const messages = previewLinkMessages[ctx.locale]
  const { status, title, body } = TEXTS[problem]
  const date = details.expiresAt ? formatDate(details.expiresAt, ctx.locale) : ''
  return page(ctx, {
    status,
    title: messages[title],
    alternates: Object.fromEntries(LOCALES.map((l) => [l, homePath(l)])),
    main: (
      <>
        <h1>{messages[title]}</h1>
        <p class="lead">{messages[body].replace('{date}', date)}</p>
        {details.publishedPath ? (
          <p>
            <a href={details.publishedPath}>{messages.previewLinkPublishedLink}</a>
          </p>
        ) : null}
        <p>
          <a href={homePath(ctx.locale)}>{ctx.t('goHome')}</a>
        </p>
      </>
    ),
  })
}

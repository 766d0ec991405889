/** @jsxImportSource @/site/html */
import type { ViewContext, ViewResult } from '@/site/context'
import type { Link } from '@/site/layout/types'
import { page } from '@/site/views/frame'

/** A page that says why a form's POST was refused as a whole (too many, too large, unreadable) and leads back. */
export function noticeView(ctx: ViewContext, notice: { status: number; title: string; body: string; back: Link }): ViewResult {
  return page(ctx, {
    status: notice.status,
    title: notice.title,
    alternates: {},
    askFeedback: false,
    main: (
      <>
        <h1>{notice.title}</h1>
        <p class="lead">{notice.body}</p>
        <p>
          <a href={notice.back.href}>{notice.back.label}</a>
        </p>
      </>
    ),
  })
}

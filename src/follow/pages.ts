/**
 * GET under /{lang}/follow: the form (`?subject=` preselects what the page's link was for), the page
 * after a request, the confirm and unsubscribe pages (a button each: a GET changes nothing), the
 * manage page and the download of what is kept. All made for one visitor, never cached.
 */
import { challengeOptions, waitSeconds } from '@/contact/settings'
import { createChallenge } from '@/contact/spam/challenge'
import type { ViewContext, ViewResult } from '@/site/context'
import { followPartFromSegment, LOCALES } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { ALL_NEWS, parseSubject } from './rules'
import { checkConfirmToken, checkLeaveToken, checkUnsubscribeToken, managedBy, personalData } from './store'
import { describeSubject, subjectChoices } from './subjects'
import { type FollowFormState, followFormView } from './views/FollowForm'
import { confirmView, leaveView, linkProblemView, manageView, sentView, unsubscribedView, unsubscribeView } from './views/FollowPages'

/** The empty form, with the subject of `?subject=` chosen when it is one a visitor may follow. */
export async function emptyFollowState(ctx: ViewContext, query: URLSearchParams): Promise<FollowFormState> {
  const asked = parseSubject(query.get('subject') ?? '')
  // Described in every language at once: the language links keep the subject only where it can be
  // followed (an item published in Dutch only is not followed from the English form).
  const described = asked ? await Promise.all(LOCALES.map((l) => describeSubject(ctx.payload, asked, l))) : []
  const chosen = described[LOCALES.indexOf(ctx.locale)]
  const followableIn = chosen ? LOCALES.filter((_, i) => described[i]) : undefined
  return {
    values: { subject: chosen?.key ?? ALL_NEWS, frequency: 'immediately', email: '' },
    errors: {},
    linkEmail: '',
    chosen,
    followableIn,
    choices: await subjectChoices(ctx.payload, ctx.locale),
    challenge: createChallenge(challengeOptions()),
    waitSeconds: waitSeconds(),
  }
}

export async function followSection(ctx: ViewContext, rest: string[]): Promise<ViewResult> {
  const [segment, ...more] = rest
  if (more.length > 0) return errorView(ctx, 404)
  if (segment === undefined) {
    const state = await emptyFollowState(ctx, ctx.query)
    // An unknown subject in the link: the form, with all news chosen, says so.
    if (ctx.query.has('subject') && !state.chosen) state.errors.subject = 'followErrorSubjectUnknown'
    return { ...followFormView(ctx, state, state.errors.subject ? 400 : 200), private: true }
  }
  const part = followPartFromSegment(ctx.locale, segment)
  const token = ctx.query.get('token') ?? ''
  switch (part) {
    case 'sent':
      return sentView(ctx, ctx.query.get('request') === 'link' ? 'link' : 'subscribe')
    case 'confirm': {
      const found = await checkConfirmToken(ctx.payload, token, ctx.locale)
      return found.ok ? confirmView(ctx, token, found.value.label) : linkProblemView(ctx, found.problem)
    }
    case 'unsubscribe': {
      const found = await checkUnsubscribeToken(ctx.payload, token, ctx.locale)
      if (!found.ok) return linkProblemView(ctx, found.problem)
      return found.value ? unsubscribeView(ctx, token, found.value.label) : unsubscribedView(ctx)
    }
    case 'leave': {
      const found = await checkLeaveToken(ctx.payload, token)
      if (!found.ok) return linkProblemView(ctx, found.problem)
      return found.value ? leaveView(ctx, token) : unsubscribedView(ctx)
    }
    case 'manage': {
      const managed = await managedBy(ctx.payload, token, ctx.locale)
      return managed.ok ? manageView(ctx, token, managed.value) : linkProblemView(ctx, managed.problem)
    }
    case 'data': {
      const managed = await managedBy(ctx.payload, token, ctx.locale)
      if (!managed.ok) return linkProblemView(ctx, managed.problem)
      return {
        status: 200,
        html: `${JSON.stringify(personalData(managed.value), null, 2)}\n`,
        contentType: 'application/json; charset=utf-8',
        headers: { 'Content-Disposition': 'attachment; filename="subscriptions.json"' },
        private: true,
      }
    }
    default:
      return errorView(ctx, 404)
  }
}

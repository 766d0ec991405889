/** @jsxImportSource @/site/html */
/**
 * "Is this page useful?" under every public page: two buttons in a plain form that posts the page's
 * path. The same bytes for every visitor (no token, no cookie), so the page stays in the page cache;
 * the spam checks that need a fresh token are on the comment form that follows a "no".
 */
import { TrapField } from '@/contact/spam/SpamFields'
import type { Translate } from '@/site/i18n'
import { feedbackPath, type Locale } from '@/site/routes'

export function FeedbackForm({ t, locale, path }: { t: Translate; locale: Locale; path: string }) {
  return (
    <form class="page-feedback" method="post" action={feedbackPath(locale)} aria-labelledby="page-feedback-question" data-page-feedback>
      <h2 id="page-feedback-question" class="page-feedback__question">
        {t('feedbackQuestion')}
      </h2>
      <input type="hidden" name="page" value={path} />
      <TrapField t={t} id="feedback-website" />
      <div class="page-feedback__answers">
        <button type="submit" name="answer" value="yes" class="button button--secondary">
          {t('feedbackYes')}
          <span class="visually-hidden">{`, ${t('feedbackYesLong')}`}</span>
        </button>
        <button type="submit" name="answer" value="no" class="button button--secondary">
          {t('feedbackNo')}
          <span class="visually-hidden">{`, ${t('feedbackNoLong')}`}</span>
        </button>
      </div>
      <p class="page-feedback__note">{t('feedbackPrivacy')}</p>
    </form>
  )
}

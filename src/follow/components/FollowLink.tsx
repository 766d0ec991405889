/** @jsxImportSource @/site/html */
/**
 * "Follow by email" on a followable page: a plain link to the follow form with the page's subject in
 * the query. The same bytes for every visitor, so the page stays in the page cache.
 */
import type { Translate } from '@/site/i18n'
import { followPath, type Locale } from '@/site/routes'

export function FollowLink({ t, locale, subject }: { t: Translate; locale: Locale; subject: string }) {
  return (
    <p class="follow-link" data-follow-link>
      <a href={followPath(locale, subject)}>{t('followLink')}</a>
    </p>
  )
}

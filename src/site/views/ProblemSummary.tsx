/** @jsxImportSource @/site/html */
import type { Translate } from '@/site/i18n'

/** What was wrong with a query string, listed on top of the page (the GOV.UK error summary). */
export function ProblemSummary({ t, problems }: { t: Translate; problems: string[] }) {
  if (problems.length === 0) return null
  return (
    <div class="error-summary" role="alert" aria-labelledby="problem-heading" tabindex="-1">
      <h2 id="problem-heading">{t('badRequestTitle')}</h2>
      <ul>
        {problems.map((p) => (
          <li>{p}</li>
        ))}
      </ul>
    </div>
  )
}

/** @jsxImportSource @/site/html */
import type { ViewContext } from '@/site/context'
import { formatNumber } from '@/site/i18n'
import type { Child } from '@/site/html/jsx-runtime'
import { ProblemSummary } from '@/site/views/ProblemSummary'

/**
 * The frame of a filtered, paged list (news, documents, search): the heading and lead, what was
 * wrong with the query string, then the list's own form and results (FilterForm, Results,
 * Pagination below serve those).
 */
export function ListPage({
  ctx,
  heading,
  lead,
  problems,
  children,
}: {
  ctx: Pick<ViewContext, 't' | 'path'>
  heading: string
  lead: string
  problems: string[]
  children?: Child
}) {
  return (
    <>
      <h1>{heading}</h1>
      <p class="lead">{lead}</p>
      <ProblemSummary t={ctx.t} problems={problems} />
      {children}
    </>
  )
}

/**
 * The `<title>` of a list as filtered and paged: "Nieuws: Wonen – Pagina 2 van 5". Lists that differ
 * only by their query string must not share one title (browser history, tabs, screen readers).
 */
export function listTitle(
  ctx: Pick<ViewContext, 't' | 'locale'>,
  heading: string,
  { chosen = [], page, pages }: { chosen?: string[]; page?: number; pages?: number },
): string {
  const filtered = chosen.length > 0 ? `${heading}: ${chosen.join(', ')}` : heading
  if (!page || !pages || page <= 1 || !Number.isFinite(page)) return filtered
  return `${filtered} – ${ctx.t('pageOf', { page: formatNumber(page, ctx.locale), pages: formatNumber(pages, ctx.locale) })}`
}

/** A GET form of filters: its heading, the fields, a submit button and, when something is chosen, a link that clears them. */
export function FilterForm({
  ctx,
  heading,
  clearable,
  children,
}: {
  ctx: Pick<ViewContext, 't' | 'path'>
  heading: string
  clearable: boolean
  children?: Child
}) {
  return (
    <form class="filters" method="get" action={ctx.path} aria-labelledby="filter-heading">
      <h2 id="filter-heading" class="filters__heading">
        {heading}
      </h2>
      {children}
      <div class="filters__actions">
        <button type="submit" class="button">
          {ctx.t('filter')}
        </button>
        {clearable ? <a href={ctx.path}>{ctx.t('clearFilters')}</a> : null}
      </div>
    </form>
  )
}

export interface FilterChoice {
  value: string
  label: string
  selected: boolean
}

/** One filter of a FilterForm: a labelled select whose first choice is "any". */
export function FilterSelect({
  ctx,
  name,
  label,
  choices,
}: {
  ctx: Pick<ViewContext, 't' | 'path'>
  name: string
  label: string
  choices: FilterChoice[]
}) {
  return (
    <div class="field">
      <label for={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name}>
        <option value="">{ctx.t('anyValue')}</option>
        {choices.map((choice) => (
          <option value={choice.value} selected={choice.selected}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * The results of a list: a section named by its heading (hidden when the page's own heading
 * already says it), then whatever comes before the count (facets), the count (announced when it
 * changes), and the list itself.
 */
export function Results({
  heading,
  headingHidden = false,
  before,
  count,
  children,
}: {
  heading: string
  headingHidden?: boolean
  before?: Child
  count: string
  children?: Child
}) {
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" class={headingHidden ? 'visually-hidden' : undefined}>
        {heading}
      </h2>
      {before}
      <p class="result-count" role="status">
        {count}
      </p>
      {children}
    </section>
  )
}

/** @jsxImportSource @/site/html */
import type { Audience, Service, Theme } from '@/payload-types'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber, type MessageKey } from '@/site/i18n'
import { type Locale, LOCALES, sectionPath, servicePath } from '@/site/routes'
import { page } from '@/site/views/frame'
import { FilterForm, FilterSelect, ListPage, listTitle, Results } from '@/site/views/ListPage'
import { groupByInitial } from '../a-to-z'
import { ServiceList } from '../components/ServiceList'
import { mostRequested } from '../most-requested'
import { findServices } from '../queries'

/** How many services the "most requested" list shows. */
const MOST_REQUESTED = 6

/** The lists a service is filed in: `?theme=<slug>` and `?audience=<slug>`, slugs in the page's language. */
const FILTERS = [
  { name: 'theme', collection: 'themes', label: 'serviceTheme' },
  { name: 'audience', collection: 'audiences', label: 'serviceAudience' },
] as const satisfies readonly { name: string; collection: 'themes' | 'audiences'; label: MessageKey }[]
type Filter = (typeof FILTERS)[number]
type Term = Theme | Audience

const idOf = (ref: number | Term) => (typeof ref === 'object' ? ref.id : ref)
const termIds = (service: Service, filter: Filter) => ((filter.name === 'theme' ? service.themes : service.audiences) ?? []).map(idOf)

/** The terms that have at least one of these services, named in this language. */
async function termsOf(ctx: ViewContext, filter: Filter, services: Service[]): Promise<Term[]> {
  const used = [...new Set(services.flatMap((s) => termIds(s, filter)))]
  if (used.length === 0) return []
  const { docs } = await ctx.payload.find({
    collection: filter.collection,
    where: { id: { in: used } },
    locale: ctx.locale,
    depth: 0,
    sort: 'name',
    pagination: false,
    overrideAccess: false,
  })
  return docs
}

/** Where the same list lives in each language: a term's slug is a word of each language. */
async function alternatesOf(ctx: ViewContext, chosen: [Filter, Term][]): Promise<Partial<Record<Locale, string>>> {
  const slugs = await Promise.all(
    chosen.map(async ([filter, term]) => {
      const all = await ctx.payload.findByID({
        collection: filter.collection,
        id: term.id,
        locale: 'all',
        depth: 0,
        overrideAccess: false,
        select: { slug: true },
      })
      return [filter.name, all.slug as unknown as Partial<Record<Locale, string>>] as const
    }),
  )
  return Object.fromEntries(
    LOCALES.map((l) => {
      const params = new URLSearchParams()
      for (const [name, bySlug] of slugs) if (bySlug[l]) params.set(name, bySlug[l]!)
      return [l, params.size > 0 ? `${sectionPath('services', l)}?${params}` : sectionPath('services', l)]
    }),
  )
}

function AtoZ({ services, ctx }: { services: Service[]; ctx: ViewContext }) {
  const groups = groupByInitial(services, (s) => s.title, ctx.locale)
  const anchor = (letter: string) => (letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`)
  const name = (letter: string) => (letter === '#' ? ctx.t('servicesOtherInitial') : letter)
  return (
    <>
      {groups.length > 1 ? (
        <nav class="a-to-z__letters" aria-label={ctx.t('servicesLetters')}>
          <ul>
            {groups.map((group) => (
              <li>
                <a href={`#${anchor(group.letter)}`}>{name(group.letter)}</a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((group) => (
        <section class="a-to-z__group" aria-labelledby={anchor(group.letter)}>
          <h3 id={anchor(group.letter)} class="a-to-z__letter">
            <span aria-hidden="true">{name(group.letter)}</span>
            <span class="visually-hidden">{ctx.t('servicesLetterHeading', { letter: name(group.letter) })}</span>
          </h3>
          <ServiceList items={group.items} ctx={ctx} headingLevel="h4" />
        </section>
      ))}
    </>
  )
}

/**
 * The services of a language: the most requested first, then all of them from A to Z; or the
 * services of one theme or audience (`?theme=<slug>`, `?audience=<slug>`), the lists the home
 * page's cards lead to.
 */
export async function servicesIndexView(ctx: ViewContext): Promise<ViewResult> {
  const { t } = ctx
  ctx.tags.add(anyTag('services')).add(anyTag('themes')).add(anyTag('audiences'))
  const all = await findServices(ctx)
  const options = await Promise.all(FILTERS.map((filter) => termsOf(ctx, filter, all)))

  const problems: string[] = []
  const chosen: [Filter, Term][] = []
  FILTERS.forEach((filter, i) => {
    const wanted = ctx.query.get(filter.name)
    if (!wanted) return
    const term = options[i]!.find((o) => o.slug === wanted)
    if (term) chosen.push([filter, term])
    else problems.push(t('badFilter', { filter: t(filter.label).toLocaleLowerCase(ctx.locale), value: wanted.slice(0, 80) }))
  })
  const shown = all.filter((s) => chosen.every(([filter, term]) => termIds(s, filter).includes(term.id)))
  const ranked = mostRequested(all, MOST_REQUESTED)

  const title = t('servicesHeading')
  const names = chosen.map(([, term]) => term.name)
  return page(ctx, {
    status: problems.length > 0 ? 400 : 200,
    title,
    documentTitle: listTitle(ctx, title, { chosen: names }),
    description: t('servicesLead'),
    alternates: await alternatesOf(ctx, chosen),
    main: (
      <ListPage ctx={ctx} heading={title} lead={t('servicesLead')} problems={problems}>
        {chosen.length === 0 && ranked.length > 0 ? (
          <section class="most-requested" aria-labelledby="most-requested">
            <h2 id="most-requested">{t('servicesMostRequested')}</h2>
            <ol class="link-list">
              {ranked.map((s) => (
                <li>
                  <a href={servicePath(s.slug, ctx.locale)}>{s.title}</a>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        <FilterForm ctx={ctx} heading={t('servicesFilterHeading')} clearable={chosen.length > 0}>
          {FILTERS.map((filter, i) => (
            <FilterSelect
              ctx={ctx}
              name={filter.name}
              label={t(filter.label)}
              choices={options[i]!.map((o) => ({ value: o.slug, label: o.name, selected: chosen.some(([, term]) => term === o) }))}
            />
          ))}
        </FilterForm>
        {problems.length === 0 ? (
          <Results
            heading={names.length > 0 ? names.join(', ') : t('servicesAtoZ')}
            count={shown.length === 1 ? t('servicesCountOne') : t('servicesCount', { count: formatNumber(shown.length, ctx.locale) })}
          >
            {shown.length === 0 ? <p>{t('servicesNone')}</p> : <AtoZ services={shown} ctx={ctx} />}
            {chosen.length > 0 ? (
              <p>
                <a href={sectionPath('services', ctx.locale)}>{t('allServices')}</a>
              </p>
            ) : null}
          </Results>
        ) : null}
      </ListPage>
    ),
  })
}

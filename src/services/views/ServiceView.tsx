/** @jsxImportSource @/site/html */
import type { Administration, Audience, Service, Theme } from '@/payload-types'
import { NewsList } from '@/news/components/NewsList'
import { findNews } from '@/news/queries'
import { anyTag, docTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { isSafeLink } from '@/site/fields/link'
import { formatDate } from '@/site/i18n'
import { richText } from '@/site/richtext'
import { administrationPath, type Locale, LOCALES, sectionPath, serviceListPath, servicePath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { fallbackSource, findBySlug } from '@/site/views/localized'
import { hostOf } from '../queries'

/** Whether a rich-text field holds any words (an editor may leave one empty paragraph). */
function hasText(value: unknown): boolean {
  return /"text":"[^"]/.test(JSON.stringify(value ?? ''))
}

/** schema.org GovernmentService: what it is, who provides it, where it starts online. */
function governmentService(ctx: ViewContext, service: Service, administration: Administration | null, online?: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: service.title,
    description: service.summary,
    url: ctx.origin + ctx.path,
    provider: {
      '@type': 'GovernmentOrganization',
      name: administration?.name ?? ctx.chrome.organisationName,
      ...(administration ? { url: ctx.origin + administrationPath(administration.slug, ctx.locale) } : {}),
    },
    ...(online ? { availableChannel: { '@type': 'ServiceChannel', serviceUrl: online } } : {}),
  }
}

/** The GOV.UK start button: the one prominent way to begin the service online. */
function StartButton({ service, url, ctx }: { service: Service; url: string; ctx: ViewContext }) {
  const host = hostOf(url)
  return (
    <div class="service-start">
      <a href={url} class="button button--start" draggable="false">
        {service.online?.label || ctx.t('serviceStart')}
        <svg
          class="button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </a>
      {host ? <p class="service-start__host">{ctx.t('serviceStartHost', { host })}</p> : null}
    </div>
  )
}

/** One service: `/nl/diensten/<slug>`, `/fr/services/<slug>`, `/en/services/<slug>`. */
export async function serviceView(ctx: ViewContext, slug: string): Promise<ViewResult> {
  const match = await findBySlug(ctx.payload, 'services', slug, ctx.locale, ctx.draft)
  if (!match) return errorView(ctx, 404)
  const own = match.slugs[ctx.locale]
  if (own && own !== slug) return { status: 301, html: '', location: servicePath(own, ctx.locale) }
  const service = await ctx.payload.findByID({
    collection: 'services',
    id: match.id,
    locale: ctx.locale,
    draft: ctx.draft,
    overrideAccess: ctx.draft,
    depth: 1,
  })
  ctx.tags.add(docTag('services', service.id)).add(anyTag('themes')).add(anyTag('audiences')).add(anyTag('news'))
  const administration = typeof service.administration === 'object' ? service.administration : null
  if (administration) ctx.tags.add(docTag('administrations', administration.id))
  const themes = (service.themes ?? []).filter((th): th is Theme => typeof th === 'object' && Boolean(th.name))
  const audiences = (service.audiences ?? []).filter((a): a is Audience => typeof a === 'object' && Boolean(a.name))
  const online = service.online?.url && isSafeLink(service.online.url) ? service.online.url : undefined
  const { docs: news } = await findNews(ctx, {
    where: { and: [{ services: { in: [service.id] } }, { 'withdrawal.withdrawn': { not_equals: true } }] },
    limit: 3,
    counted: false,
  })
  const fallbackFrom = fallbackSource(match, ctx.locale)
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = servicePath(match.slugs[l] ?? own ?? slug, l)
  const { t } = ctx
  const facts = [
    hasText(service.requirements)
      ? { term: t('serviceWhatYouNeed'), detail: <div class="prose">{richText(service.requirements, ctx.locale)}</div> }
      : null,
    service.duration ? { term: t('serviceHowLong'), detail: service.duration } : null,
    service.cost ? { term: t('serviceCost'), detail: service.cost } : null,
  ].filter((fact) => fact !== null)

  return page(ctx, {
    title: service.title,
    description: service.summary,
    alternates,
    translated: match.translated,
    trail: [{ label: t('servicesHeading'), href: sectionPath('services', ctx.locale) }],
    fallbackFrom,
    structuredData: [governmentService(ctx, service, administration, online)],
    main: (
      <article class="service">
        <div lang={fallbackFrom}>
          <h1>{service.title}</h1>
          <p class="lead">{service.summary}</p>
          {online ? <StartButton service={service} url={online} ctx={ctx} /> : null}
          {hasText(service.body) ? (
            <section aria-labelledby="what-you-can-do">
              <h2 id="what-you-can-do">{t('serviceWhatYouCanDo')}</h2>
              <div class="prose">{richText(service.body, ctx.locale)}</div>
            </section>
          ) : null}
          {hasText(service.eligibility) ? (
            <section aria-labelledby="who-can-apply">
              <h2 id="who-can-apply">{t('serviceWhoCanApply')}</h2>
              <div class="prose">{richText(service.eligibility, ctx.locale)}</div>
            </section>
          ) : null}
          {facts.length > 0 ? (
            <section aria-labelledby="at-a-glance">
              <h2 id="at-a-glance">{t('serviceAtAGlance')}</h2>
              <dl class="service-facts">{facts.map((fact) => [<dt>{fact.term}</dt>, <dd>{fact.detail}</dd>])}</dl>
            </section>
          ) : null}
        </div>
        <dl class="metadata">
          {administration
            ? [
                <dt>{t('serviceResponsible')}</dt>,
                <dd>
                  <a href={administrationPath(administration.slug, ctx.locale)}>
                    {t('serviceContactOf', { administration: administration.name })}
                  </a>
                </dd>,
              ]
            : null}
          {themes.length > 0
            ? [
                <dt>{themes.length === 1 ? t('serviceTheme') : t('serviceThemes')}</dt>,
                <dd>
                  {themes.map((th, i) => [i > 0 ? ', ' : '', <a href={serviceListPath('theme', th.slug, ctx.locale)}>{th.name}</a>])}
                </dd>,
              ]
            : null}
          {audiences.length > 0
            ? [
                <dt>{t('serviceAudience')}</dt>,
                <dd>
                  {audiences.map((a, i) => [i > 0 ? ', ' : '', <a href={serviceListPath('audience', a.slug, ctx.locale)}>{a.name}</a>])}
                </dd>,
              ]
            : null}
        </dl>
        {news.length > 0 ? (
          <section class="related" aria-labelledby="related-news">
            <h2 id="related-news">{t('serviceRelatedNews')}</h2>
            <NewsList items={news} ctx={ctx} headingLevel="h3" />
          </section>
        ) : null}
        <p class="meta">{t('lastUpdated', { date: formatDate(service.updatedAt, ctx.locale) })}</p>
      </article>
    ),
  })
}

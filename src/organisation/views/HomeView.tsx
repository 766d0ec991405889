/** @jsxImportSource @/site/html */
import type { Home } from '@/payload-types'
import { findNews } from '@/news/queries'
import { NewsList } from '@/news/components/NewsList'
import { anyTag, docTag, globalTag } from '@/site/cache-tags'
import { governmentOrganization } from '@/site/structured-data'
import type { ViewContext, ViewResult } from '@/site/context'
import type { Link } from '@/site/layout/types'
import { homePath, LOCALES, pagePath, sectionPath, servicePath } from '@/site/routes'
import { page } from '@/site/views/frame'

type EntryPoint = NonNullable<Home['audiences']>[number]

/** Where a card leads: its service, else the services of its theme and/or audience; none while what it names is unpublished. */
function entryHref(entry: EntryPoint, ctx: ViewContext): string | undefined {
  if (entry.service && typeof entry.service === 'object' && entry.service.slug) {
    ctx.tags.add(docTag('services', entry.service.id))
    return servicePath(entry.service.slug, ctx.locale)
  }
  const params = new URLSearchParams()
  if (entry.theme && typeof entry.theme === 'object') {
    ctx.tags.add(docTag('themes', entry.theme.id))
    params.set('theme', entry.theme.slug)
  }
  if (entry.audience && typeof entry.audience === 'object') {
    ctx.tags.add(docTag('audiences', entry.audience.id))
    params.set('audience', entry.audience.slug)
  }
  return params.size > 0 ? `${sectionPath('services', ctx.locale)}?${params}` : undefined
}

function EntryPoints({ id, heading, entries, ctx }: { id: string; heading: string; entries: EntryPoint[]; ctx: ViewContext }) {
  if (entries.length === 0) return null
  return (
    <section class="entry-points" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul class="card-grid">
        {entries.map((entry) => {
          const href = entryHref(entry, ctx)
          return (
            <li class="card">
              <h3 class="card__title">{href ? <a href={href}>{entry.title}</a> : entry.title}</h3>
              {entry.text ? <p>{entry.text}</p> : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** The home page of one language. */
export async function homeView(ctx: ViewContext): Promise<ViewResult> {
  const home = await ctx.payload.findGlobal({ slug: 'home', locale: ctx.locale, depth: 1, overrideAccess: false })
  ctx.tags.add(globalTag('home')).add(anyTag('services'))
  const { t } = ctx
  const explore: Link[] = [
    { label: t('servicesHeading'), href: sectionPath('services', ctx.locale) },
    { label: t('missionsHeading'), href: sectionPath('missions', ctx.locale) },
    { label: t('administrationsHeading'), href: sectionPath('administrations', ctx.locale) },
    { label: t('newsHeading'), href: sectionPath('news', ctx.locale) },
    ...(home.featuredPages ?? []).flatMap((p) => {
      if (typeof p !== 'object') return []
      ctx.tags.add(docTag('pages', p.id))
      return [{ label: p.title, href: pagePath(p.slug, ctx.locale) }]
    }),
  ]
  ctx.tags.add(anyTag('news'))
  const latest = await findNews(ctx, { where: { 'withdrawal.withdrawn': { not_equals: true } }, limit: 3, counted: false })
  return page(ctx, {
    title: ctx.chrome.organisationName,
    description: home.lead,
    alternates: Object.fromEntries(LOCALES.map((l) => [l, homePath(l)])),
    structuredData: [governmentOrganization(ctx)],
    main: (
      <>
        <div class="hero">
          <h1>{home.heading}</h1>
          <p class="lead">{home.lead}</p>
        </div>
        <EntryPoints id="audiences" heading={t('audiencesHeading')} entries={home.audiences ?? []} ctx={ctx} />
        <EntryPoints id="life-situations" heading={t('lifeSituationsHeading')} entries={home.lifeSituations ?? []} ctx={ctx} />
        {latest.docs.length > 0 ? (
          <section class="latest-news" aria-labelledby="latest-news">
            <h2 id="latest-news">{t('latestNews')}</h2>
            <NewsList items={latest.docs} ctx={ctx} headingLevel="h3" />
            <p>
              <a href={sectionPath('news', ctx.locale)}>{t('allNews')}</a>
            </p>
          </section>
        ) : null}
        <section class="explore" aria-labelledby="explore">
          <h2 id="explore">{t('explore')}</h2>
          <ul class="link-list">
            {explore.map((link) => (
              <li>
                <a href={link.href}>{link.label}</a>
              </li>
            ))}
          </ul>
        </section>
      </>
    ),
  })
}

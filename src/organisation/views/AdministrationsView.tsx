/** @jsxImportSource @/site/html */
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber } from '@/site/i18n'
import { administrationPath, LOCALES, sectionPath } from '@/site/routes'
import { page } from '@/site/views/frame'

/** The list of administrations. */
export async function administrationsView(ctx: ViewContext): Promise<ViewResult> {
  const { docs } = await ctx.payload.find({
    collection: 'administrations',
    locale: ctx.locale,
    depth: 0,
    sort: 'order',
    limit: 100,
    pagination: false,
    overrideAccess: false,
    select: { name: true, summary: true, slug: true },
  })
  ctx.tags.add(anyTag('administrations'))
  const { t } = ctx
  const lead = t('administrationsLead', { count: formatNumber(docs.length, ctx.locale) })
  return page(ctx, {
    title: t('administrationsHeading'),
    description: lead,
    alternates: Object.fromEntries(LOCALES.map((l) => [l, sectionPath('administrations', l)])),
    main: (
      <>
        <h1>{t('administrationsHeading')}</h1>
        <p class="lead">{lead}</p>
        <ul class="card-list">
          {docs.map((a) => (
            <li class="card">
              <h2 class="card__title">
                <a href={administrationPath(a.slug, ctx.locale)}>{a.name}</a>
              </h2>
              <p>{a.summary}</p>
            </li>
          ))}
        </ul>
      </>
    ),
  })
}

/** @jsxImportSource @/site/html */
import type { Administration } from '@/payload-types'
import { anyTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { formatNumber } from '@/site/i18n'
import { administrationPath, LOCALES, sectionPath } from '@/site/routes'
import { page } from '@/site/views/frame'

function isAdministration(value: number | Administration): value is Administration {
  return typeof value === 'object'
}

/** The missions, each with the administrations that carry it out. */
export async function missionsView(ctx: ViewContext): Promise<ViewResult> {
  const { docs: missions } = await ctx.payload.find({
    collection: 'missions',
    locale: ctx.locale,
    depth: 1,
    sort: 'order',
    limit: 100,
    pagination: false,
    overrideAccess: false,
  })
  ctx.tags.add(anyTag('missions')).add(anyTag('administrations'))
  const { t } = ctx
  return page(ctx, {
    title: t('missionsHeading'),
    description: t('missionsLead', { count: formatNumber(missions.length, ctx.locale) }),
    alternates: Object.fromEntries(LOCALES.map((l) => [l, sectionPath('missions', l)])),
    main: (
      <>
        <h1>{t('missionsHeading')}</h1>
        <p class="lead">{t('missionsLead', { count: formatNumber(missions.length, ctx.locale) })}</p>
        <ol class="card-list missions">
          {missions.map((mission) => {
            const carriers = (mission.administrations ?? []).filter(isAdministration)
            return (
              <li class="card" id={`mission-${mission.id}`}>
                <h2 class="card__title">{mission.title}</h2>
                {mission.summary ? <p>{mission.summary}</p> : null}
                {carriers.length > 0 ? (
                  <p class="card__meta">
                    {t('carriedOutBy')}:{' '}
                    {carriers.map((a, i) => [i > 0 ? ', ' : '', <a href={administrationPath(a.slug, ctx.locale)}>{a.name}</a>])}
                  </p>
                ) : null}
              </li>
            )
          })}
        </ol>
      </>
    ),
  })
}

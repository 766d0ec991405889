/** @jsxImportSource @/site/html */
import type { Service } from '@/payload-types'
import { isSafeLink } from '@/site/fields/link'
import type { ViewContext } from '@/site/context'
import { servicePath } from '@/site/routes'

/**
 * A list of services: name, summary and, where `withOnlineLink`, the link that starts the service
 * online. Shared by the services index and the services a news item links.
 */
export function ServiceList({
  items,
  ctx,
  headingLevel = 'h3',
  withOnlineLink = false,
}: {
  items: Service[]
  ctx: ViewContext
  headingLevel?: 'h2' | 'h3' | 'h4'
  withOnlineLink?: boolean
}) {
  const Heading = headingLevel
  return (
    <ul class="service-list">
      {items.map((service) => {
        const online = service.online?.url && isSafeLink(service.online.url) ? service.online.url : undefined
        return (
          <li class="service-item">
            <Heading class="service-item__title">
              <a href={servicePath(service.slug, ctx.locale)}>{service.title}</a>
            </Heading>
            <p>{service.summary}</p>
            {withOnlineLink && online ? (
              <p>
                <a href={online}>{service.online?.label || ctx.t('serviceStart')}</a>
              </p>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

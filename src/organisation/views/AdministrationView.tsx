/** @jsxImportSource @/site/html */
import { subjectKey } from '@/follow/rules'
import type { Administration, Mission } from '@/payload-types'
import { anyTag, docTag } from '@/site/cache-tags'
import type { ViewContext, ViewResult } from '@/site/context'
import { richText } from '@/site/richtext'
import { administrationPath, type Locale, LOCALES, sectionPath } from '@/site/routes'
import { errorView } from '@/site/views/ErrorView'
import { page } from '@/site/views/frame'
import { ContactList } from '@/site/views/ContactList'
import { fallbackSource, findBySlug } from '@/site/views/localized'

function ContactDetails({ contact, ctx }: { contact: NonNullable<Administration['contact']>; ctx: ViewContext }) {
  return (
    <section class="contact-card" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{ctx.t('contactDetails')}</h2>
      <ContactList contact={contact} ctx={ctx} />
    </section>
  )
}

/** One administration: what it does, its missions, how to reach it. */
export async function administrationView(ctx: ViewContext, slug: string): Promise<ViewResult> {
  const match = await findBySlug(ctx.payload, 'administrations', slug, ctx.locale, false)
  if (!match) return errorView(ctx, 404)
  const own = match.slugs[ctx.locale]
  if (own && own !== slug) return { status: 301, html: '', location: administrationPath(own, ctx.locale) }
  const doc = await ctx.payload.findByID({
    collection: 'administrations',
    id: match.id,
    locale: ctx.locale,
    depth: 1,
    overrideAccess: false,
  })
  ctx.tags.add(docTag('administrations', doc.id)).add(anyTag('missions'))
  const missions = (doc.missions?.docs ?? []).filter((m): m is Mission => typeof m === 'object')
  const fallbackFrom = fallbackSource(match, ctx.locale)
  const alternates: Partial<Record<Locale, string>> = {}
  for (const l of LOCALES) alternates[l] = administrationPath(match.slugs[l] ?? own ?? slug, l)
  const { t } = ctx
  return page(ctx, {
    title: doc.name,
    follow: subjectKey({ kind: 'administration', id: doc.id }),
    description: doc.summary,
    alternates,
    translated: match.translated,
    trail: [{ label: t('administrationsHeading'), href: sectionPath('administrations', ctx.locale) }],
    fallbackFrom,
    main: (
      <article class="administration">
        <div lang={fallbackFrom}>
          <h1>{doc.name}</h1>
          <p class="lead">{doc.summary}</p>
          <div class="prose">{richText(doc.body, ctx.locale)}</div>
        </div>
        {missions.length > 0 ? (
          <section aria-labelledby="missions-heading">
            <h2 id="missions-heading">{t('administrationMissions')}</h2>
            <ul>
              {missions.map((m) => (
                <li>
                  <a href={`${sectionPath('missions', ctx.locale)}#mission-${m.id}`}>{m.title}</a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {doc.contact ? <ContactDetails contact={doc.contact} ctx={ctx} /> : null}
      </article>
    ),
  })
}

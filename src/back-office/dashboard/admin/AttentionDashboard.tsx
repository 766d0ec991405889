/**
 * The admin's first screen: what waits for the signed-in person, as counts that open the filtered
 * lists, then a compact list of every part of the back office they may open. Rendered on the server
 * (no client code), in the admin's language.
 */
import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'
import type React from 'react'
import { numberFormat } from '@/site/i18n'
import { languageOf } from '@/site/i18n/request-language'
import { collectAttention } from '../collect'
import { dashboardMessages } from '../messages'
import { attentionProviders } from '../providers'

interface NavGroup {
  label: string
  entities: { label: unknown; slug: string; type: string }[]
}

const styles = {
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: '0.5rem',
    gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))',
  },
  item: { border: '1px solid var(--theme-elevation-150)', borderRadius: '4px', padding: '0.75rem 1rem' },
  count: { fontSize: '1.75rem', fontWeight: 600, display: 'block', lineHeight: 1.2 },
  links: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1.25rem' },
} as const

export async function AttentionDashboard(props: AdminViewServerProps & { navGroups?: NavGroup[] }): Promise<React.ReactElement> {
  const { req } = props.initPageResult
  const language = languageOf(req)
  const text = dashboardMessages[language]
  const number = numberFormat(language)
  const { groups, failed } = await collectAttention(req, attentionProviders)
  const adminRoute = req.payload.config.routes.admin
  return (
    <div className="gutter--left gutter--right attention-dashboard" style={{ paddingBottom: '2rem' }}>
      <h1 style={{ margin: '1.5rem 0 0.5rem' }}>{text.title}</h1>
      {groups.length === 0 ? <p>{text.nothing}</p> : <p>{text.intro}</p>}
      {failed > 0 ? <p role="status">{text.unavailable}</p> : null}
      {groups.map(({ group, counts }) => (
        <section key={group} aria-labelledby={`attention-${group}`} style={{ marginTop: '1.5rem' }}>
          <h2 id={`attention-${group}`}>{text[group]}</h2>
          <ul style={styles.list}>
            {counts.map((count) => (
              <li key={count.key} data-attention={count.key} style={styles.item}>
                {count.href ? (
                  <a href={count.href}>
                    <span style={styles.count} data-attention-count="">
                      {number.format(count.count)}
                    </span>
                    <span>{count.label[language]}</span>
                  </a>
                ) : (
                  <span>
                    <span style={styles.count} data-attention-count="">
                      {number.format(count.count)}
                    </span>
                    <span>{count.label[language]}</span>
                  </span>
                )}
                {count.detail ? <p style={{ margin: '0.25rem 0 0' }}>{count.detail[language]}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <nav aria-labelledby="attention-everything" style={{ marginTop: '2.5rem' }}>
        <h2 id="attention-everything">{text.everything}</h2>
        {(props.navGroups ?? []).map((navGroup) => (
          <section key={navGroup.label} aria-label={navGroup.label} style={{ marginTop: '0.75rem' }}>
            <h3 style={{ margin: '0 0 0.25rem' }}>{navGroup.label}</h3>
            <ul style={styles.links}>
              {navGroup.entities.map((entity) => (
                <li key={entity.slug}>
                  <a href={`${adminRoute}/${entity.type}/${entity.slug}`}>
                    {getTranslation(entity.label as Parameters<typeof getTranslation>[0], props.initPageResult.req.i18n)}
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </nav>
    </div>
  )
}

/**
 * A summit's stock-taking as staff read it: when it was taken and for which version, the whole
 * strategy's progress, the measures per status, and each pillar with its measures, in the admin's
 * language. Replaces Payload's JSON field, a code editor that loads its scripts from another host
 * and shows a frozen value as raw JSON.
 */
import type { JSONFieldServerComponent } from 'payload'
import type React from 'react'
import { formatDate, numberFormat } from '@/site/i18n'
import type { PartlyLocalized } from '@/site/i18n/localized'
import { languageOf } from '@/site/i18n/request-language'
import { fillPlaceholders } from '@/site/i18n/placeholders'
import type { Locale } from '@/site/routes'
import { STATUS_LABELS } from '../collections/statuses'
import { trackerActions } from '../messages'
import { MEASURE_STATUSES } from '../rollup'
import { type SnapshotItem, snapshotOf } from '../snapshot'

const inLanguage = (text: PartlyLocalized, language: Locale): string => text[language] || text.nl || text.fr || text.en || ''

export const SnapshotSummaryField: JSONFieldServerComponent = ({ siblingData, i18n }): React.ReactElement | null => {
  const snapshot = snapshotOf(siblingData?.snapshot)
  if (!snapshot) return null
  const language = languageOf({ i18n })
  const text = trackerActions[language]
  const say = (key: keyof typeof text, vars: Record<string, string | number>) => fillPlaceholders(text[key], vars)
  const percent = (value: number | null) =>
    value === null ? text.snapshotNoProgress : numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100)
  const title = (item: SnapshotItem) => inLanguage(item.title, language)
  const pillars = snapshot.items.filter((item) => item.level === 'pillar')
  const under = (pillar: SnapshotItem) =>
    snapshot.items.filter((item) => item.level === 'measure' && item.code.startsWith(`${pillar.code}.`))
  return (
    <section className="field-type summit-snapshot" aria-labelledby="summit-snapshot-heading">
      <h3 id="summit-snapshot-heading">{say('snapshotHeading', { date: formatDate(snapshot.asOf, language) })}</h3>
      <p>
        {say('snapshotTaken', { date: formatDate(snapshot.takenAt, language), version: inLanguage(snapshot.planVersion.title, language) })}
      </p>
      <p>{say('snapshotOverall', { percent: percent(snapshot.rollup.progress) })}</p>
      <h4>{say('snapshotCounts', { count: snapshot.rollup.measures })}</h4>
      <ul>
        {MEASURE_STATUSES.map((status) => (
          <li key={status}>
            {STATUS_LABELS[status][language]}: {snapshot.rollup.counts[status] ?? 0}
          </li>
        ))}
      </ul>
      {pillars.map((pillar) => (
        <div key={pillar.id}>
          <h4>
            {say('snapshotPillar', {
              code: pillar.code,
              title: title(pillar),
              progress: percent(pillar.rollup.progress),
              count: pillar.rollup.measures,
            })}
          </h4>
          <ul>
            {under(pillar).map((measure) => (
              <li key={measure.id}>
                {say('snapshotMeasure', {
                  code: measure.code,
                  title: title(measure),
                  status: measure.status ? STATUS_LABELS[measure.status][language] : '—',
                  percent: percent(measure.percent),
                })}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  )
}

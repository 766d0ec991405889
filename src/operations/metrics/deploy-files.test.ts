/**
 * The example dashboard and alert rules in deploy/ speak of the series Belfort exports: a metric
 * renamed here without them fails this test, as does an alert the issue asks for going missing.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { parsePrometheusText } from '../../../tests/support/prometheus-text'
import { createMetrics } from './instruments'

const DEPLOY = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../deploy')

/** Every name a scrape of a fully wired instance holds, histograms' `_bucket`, `_sum`, `_count` included. */
async function exportedNames(): Promise<Set<string>> {
  const metrics = createMetrics({
    pageCache: () => ({ entries: 0, bytes: 0, maxBytes: 1, hits: 0, misses: 0, purged: 0, evicted: 0 }),
    readCache: () => ({ entries: 0, hits: 0, misses: 0 }),
    renders: () => ({ running: 0, waiting: 0 }),
    outbox: async () => ({ pending: 0, oldestQueuedAt: undefined }),
    failedJobs: async () => 0,
    lastBackup: async () => undefined,
    ready: async () => true,
  })
  metrics.answered('page', 200, 0.01)
  const names = new Set<string>(['up'])
  for (const family of parsePrometheusText((await metrics.scrape()).body).values()) {
    names.add(family.name)
    for (const sample of family.samples) names.add(sample.name)
  }
  return names
}

const metricNamesIn = (expression: string) => [...expression.matchAll(/\b(?:belfort|nodejs|process)_[a-z0-9_]+\b/g)].map((m) => m[0])

interface Rule {
  alert: string
  expr: string
  for?: string
  labels?: Record<string, string>
  annotations?: Record<string, string>
}

describe('deploy/alert-rules.yml', () => {
  const file = parse(readFileSync(path.join(DEPLOY, 'alert-rules.yml'), 'utf8')) as { groups: { name: string; rules: Rule[] }[] }
  const rules = file.groups.flatMap((group) => group.rules)
  const rule = (name: string) => rules.find((candidate) => candidate.alert === name) ?? assert.fail(`no alert ${name}`)

  it('is a rule file: groups of named rules, each with an expression, a severity and a summary', () => {
    assert.ok(file.groups.length > 0)
    for (const { alert, expr, labels, annotations } of rules) {
      assert.match(alert, /^[A-Z][A-Za-z]+$/)
      assert.ok(expr.trim().length > 0, alert)
      assert.ok(['critical', 'warning'].includes(labels?.severity ?? ''), `${alert} has a severity`)
      assert.ok(annotations?.summary, `${alert} has a summary`)
    }
  })

  it('alerts on what the issue names', () => {
    assert.match(
      rule('BelfortBackupTooOld').expr,
      /time\(\) - max by \(job\) \(belfort_backup_last_success_timestamp_seconds\{[^}]*\}\) > 26 \* 3600/,
    )
    assert.match(rule('BelfortNoBackup').expr, /belfort_backup_last_success_timestamp_seconds\{[^}]*\}\) == 0$/)
    assert.match(rule('BelfortOutboxStuck').expr, /belfort_outbox_oldest_pending_age_seconds\{[^}]*\}\) > 3600$/)
    assert.match(rule('BelfortServerErrors').expr, /status=~"5\.\."/)
    assert.equal(rule('BelfortServerErrors').for, '10m')
    assert.match(rule('BelfortInstanceDown').expr, /^up\{job="belfort"\} == 0$/)
    assert.match(rule('BelfortInstanceNotReady').expr, /belfort_ready/)
  })

  it('uses only series Belfort exports', async () => {
    const exported = await exportedNames()
    for (const { alert, expr } of rules)
      for (const name of metricNamesIn(expr)) assert.ok(exported.has(name), `${alert}: ${name} is not exported`)
  })
})

describe('deploy/grafana-dashboard.json', () => {
  const dashboard = JSON.parse(readFileSync(path.join(DEPLOY, 'grafana-dashboard.json'), 'utf8')) as {
    templating: { list: { name: string; type: string }[] }
    panels: { title: string; datasource: { uid: string }; targets: { expr: string; datasource: { uid: string } }[] }[]
  }

  /** Grafana's reference to the `datasource` variable (written out: it is not a template literal). */
  const VARIABLE = ['$', '{datasource}'].join('')

  it('takes its Prometheus as a variable, in every panel and query', () => {
    assert.ok(dashboard.templating.list.some((variable) => variable.name === 'datasource' && variable.type === 'datasource'))
    for (const panel of dashboard.panels) {
      assert.equal(panel.datasource.uid, VARIABLE, panel.title)
      for (const target of panel.targets) assert.equal(target.datasource.uid, VARIABLE, panel.title)
    }
  })

  it('uses only series Belfort exports, and shows each of Belfort’s own', async () => {
    const exported = await exportedNames()
    const used = new Set(dashboard.panels.flatMap((panel) => panel.targets.flatMap((target) => metricNamesIn(target.expr))))
    for (const name of used) assert.ok(exported.has(name), `the dashboard uses ${name}, which is not exported`)
    const families = [...exported].filter((name) => name.startsWith('belfort_') && !/_(bucket|sum|count)$/.test(name))
    const shown = (name: string) => [...used].some((usedName) => usedName === name || usedName.startsWith(`${name}_`))
    const missing = families.filter(
      (name) => !shown(name) && !['belfort_backup_age_seconds', 'belfort_page_cache_entries', 'belfort_read_cache_entries'].includes(name),
    )
    assert.deepEqual(missing, [])
  })
})

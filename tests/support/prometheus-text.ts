/**
 * A strict reader of Prometheus's text exposition format (version 0.0.4), for tests: every line must
 * be a HELP, a TYPE or a sample of a declared family; names, labels, escapes and values are checked;
 * a histogram's buckets must be cumulative and end at `+Inf` with its count. It throws on the first
 * thing Prometheus would refuse.
 */

export interface Sample {
  name: string
  labels: Record<string, string>
  value: number
}

export interface Family {
  name: string
  type: 'counter' | 'gauge' | 'histogram' | 'summary' | 'untyped'
  help: string
  samples: Sample[]
}

const METRIC_NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/
const TYPES = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped'])

/** A value as Prometheus reads it (Go's ParseFloat: NaN and Inf in any case; prom-client writes `Nan`). */
function parseValue(text: string, line: number): number {
  const lower = text.toLowerCase()
  if (lower === 'nan') return Number.NaN
  if (lower === '+inf' || lower === 'inf') return Number.POSITIVE_INFINITY
  if (lower === '-inf') return Number.NEGATIVE_INFINITY
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) throw new Error(`line ${line}: "${text}" is not a value`)
  return Number(text)
}

/** Reads `{a="x",b="y"}` from `text` at `start` (the `{`); returns the labels and the index after `}`. */
function parseLabels(text: string, start: number, line: number): { labels: Record<string, string>; end: number } {
  const labels: Record<string, string> = {}
  let i = start + 1
  while (text[i] !== '}') {
    const nameEnd = text.indexOf('=', i)
    if (nameEnd === -1) throw new Error(`line ${line}: a label without a value`)
    const name = text.slice(i, nameEnd).trim()
    if (!LABEL_NAME.test(name)) throw new Error(`line ${line}: bad label name "${name}"`)
    if (name in labels) throw new Error(`line ${line}: label "${name}" twice`)
    if (text[nameEnd + 1] !== '"') throw new Error(`line ${line}: label "${name}" has an unquoted value`)
    let value = ''
    i = nameEnd + 2
    for (;;) {
      const c = text[i]
      if (c === undefined) throw new Error(`line ${line}: unterminated label value`)
      if (c === '"') break
      if (c === '\\') {
        const next = text[i + 1]
        if (next === 'n') value += '\n'
        else if (next === '\\' || next === '"') value += next
        else throw new Error(`line ${line}: bad escape \\${next}`)
        i += 2
      } else {
        value += c
        i++
      }
    }
    labels[name] = value
    i++
    if (text[i] === ',') i++
    else if (text[i] !== '}') throw new Error(`line ${line}: expected , or } after label "${name}"`)
  }
  return { labels, end: i + 1 }
}

/** The family a sample belongs to: itself, or a histogram's/summary's family for its `_bucket`, `_sum`, `_count`. */
function familyOf(name: string, families: Map<string, Family>): Family | undefined {
  const own = families.get(name)
  if (own) return own
  const match = /^(.*)_(bucket|sum|count)$/.exec(name)
  const family = match ? families.get(match[1]!) : undefined
  if (!family || (family.type !== 'histogram' && family.type !== 'summary')) return undefined
  if (match![2] === 'bucket' && family.type !== 'histogram') return undefined
  return family
}

function checkHistogram(family: Family): void {
  const series = new Map<string, Sample[]>()
  const counts = new Map<string, number>()
  for (const sample of family.samples) {
    const { le, ...rest } = sample.labels
    const key = JSON.stringify(Object.entries(rest).sort())
    if (sample.name.endsWith('_bucket')) {
      if (le === undefined) throw new Error(`${family.name}: a bucket without le`)
      series.set(key, [...(series.get(key) ?? []), sample])
    } else if (sample.name.endsWith('_count')) counts.set(key, sample.value)
  }
  for (const [key, buckets] of series) {
    let previous = Number.NEGATIVE_INFINITY
    let previousLe = Number.NEGATIVE_INFINITY
    for (const bucket of buckets) {
      const le = parseValue(bucket.labels.le!, 0)
      if (le <= previousLe) throw new Error(`${family.name}: buckets out of order`)
      if (bucket.value < previous) throw new Error(`${family.name}: buckets not cumulative`)
      previous = bucket.value
      previousLe = le
    }
    const last = buckets.at(-1)!
    if (last.labels.le !== '+Inf') throw new Error(`${family.name}: no +Inf bucket`)
    if (counts.get(key) !== last.value) throw new Error(`${family.name}: +Inf bucket differs from _count`)
  }
}

export function parsePrometheusText(text: string): Map<string, Family> {
  const families = new Map<string, Family>()
  if (text.length > 0 && !text.endsWith('\n')) throw new Error('the exposition must end with a newline')
  const lines = text.split('\n')
  lines.pop()
  lines.forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '') return
    if (raw.startsWith('#')) {
      const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(raw)
      if (!meta) return // a plain comment
      const [, kind, name, rest] = meta as unknown as [string, 'HELP' | 'TYPE', string, string]
      if (!METRIC_NAME.test(name)) throw new Error(`line ${line}: bad metric name "${name}"`)
      const family = families.get(name) ?? { name, type: 'untyped' as const, help: '', samples: [] }
      if (family.samples.length > 0) throw new Error(`line ${line}: ${kind} for ${name} after its samples`)
      if (kind === 'TYPE') {
        if (!TYPES.has(rest)) throw new Error(`line ${line}: unknown type "${rest}"`)
        family.type = rest as Family['type']
      } else family.help = rest.replace(/\\n/g, '\n').replace(/\\\\/g, '\\')
      families.set(name, family)
      return
    }
    const nameMatch = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(raw)
    if (!nameMatch) throw new Error(`line ${line}: not a sample: ${raw}`)
    const name = nameMatch[0]
    let rest = raw.slice(name.length)
    let labels: Record<string, string> = {}
    if (rest.startsWith('{')) {
      const parsed = parseLabels(raw, name.length, line)
      labels = parsed.labels
      rest = raw.slice(parsed.end)
    }
    const parts = rest.trim().split(/ +/)
    if (!rest.startsWith(' ') || parts.length < 1 || parts.length > 2) throw new Error(`line ${line}: expected a value: ${raw}`)
    const value = parseValue(parts[0]!, line)
    if (parts[1] !== undefined && !/^-?\d+$/.test(parts[1])) throw new Error(`line ${line}: bad timestamp`)
    const family = familyOf(name, families)
    if (!family) throw new Error(`line ${line}: sample ${name} of no declared family`)
    if (family.type === 'counter' && (value < 0 || Number.isNaN(value))) throw new Error(`line ${line}: counter ${name} is ${value}`)
    family.samples.push({ name, labels, value })
  })
  for (const family of families.values()) if (family.type === 'histogram') checkHistogram(family)
  return families
}

/** The value of the one sample of `name` whose labels include these; throws when there is none. */
export function sampleValue(families: Map<string, Family>, name: string, labels: Record<string, string> = {}): number {
  const family = familyOf(name, families)
  const sample = family?.samples.find(
    (candidate) => candidate.name === name && Object.entries(labels).every(([key, value]) => candidate.labels[key] === value),
  )
  if (!sample) throw new Error(`no sample ${name}${JSON.stringify(labels)}`)
  return sample.value
}

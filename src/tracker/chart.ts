import { escapeHtml, type Html, raw } from '@/site/html/jsx-runtime'
import { brusselsDay } from '@/site/i18n'

export interface ChartPoint {
  /** ISO date. */
  date: string
  value: number
  provisional?: boolean
}

export interface LineChart {
  /** A unique prefix for the ids of the title and description. */
  id: string
  title: string
  /** The text alternative: what the chart shows, in words (the page also has the same data as a table). */
  description: string
  points: ChartPoint[]
  baseline: ChartPoint
  target: ChartPoint
  /** Labels of the axes' ticks and of the legend, already localized. */
  formatValue: (value: number) => string
  /** Short labels for the value axis (compact numbers); the unit is named once above the axis. */
  formatTick?: (value: number) => string
  unitLabel?: string
  formatYear: (year: number) => string
  legend: { series: string; baseline: string; target: string; provisional: string }
}

const WIDTH = 640
const HEIGHT = 360
const MARGIN = { top: 32, right: 20, bottom: 80, left: 64 }

const time = (iso: string) => new Date(`${brusselsDay(iso)}T00:00:00Z`).getTime()
const round = (n: number) => Math.round(n * 10) / 10

/** Ticks at 1, 2 or 5 times a power of ten, covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1
    min -= pad
    max += pad
  }
  const rough = (max - min) / count
  const power = 10 ** Math.floor(Math.log10(rough))
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power
  const ticks: number[] = []
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toPrecision(12)))
  if ((ticks.at(-1) ?? max) < max) ticks.push(Number(((ticks.at(-1) ?? 0) + step).toPrecision(12)))
  return ticks
}

function element(name: string, attributes: Record<string, string | number | undefined>, children = ''): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeHtml(String(v))}"`)
    .join('')
  return `<${name}${attrs}>${children}</${name}>`
}

/**
 * A server-rendered line chart of an indicator's series, with its baseline and target marked by
 * shape and line style as well as colour. It is an image for assistive technology (role="img" with
 * its title and description); the page puts the same figures in a table.
 */
export function lineChart(chart: LineChart): Html {
  const all = [chart.baseline, chart.target, ...chart.points]
  const times = all.map((p) => time(p.date))
  const values = all.map((p) => p.value)
  const ticks = niceTicks(Math.min(...values), Math.max(...values))
  const yMin = ticks[0] ?? 0
  const yMax = ticks.at(-1) ?? 1
  const firstYear = new Date(Math.min(...times)).getUTCFullYear()
  const lastYear = new Date(Math.max(...times)).getUTCFullYear() + 1
  const tMin = Date.UTC(firstYear, 0, 1)
  const tMax = Date.UTC(lastYear, 0, 1)
  const plotW = WIDTH - MARGIN.left - MARGIN.right
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom
  const x = (iso: string) => round(MARGIN.left + ((time(iso) - tMin) / (tMax - tMin || 1)) * plotW)
  const y = (v: number) => round(MARGIN.top + (1 - (v - yMin) / (yMax - yMin || 1)) * plotH)
  const parts: string[] = []

  for (const tick of ticks) {
    parts.push(element('line', { class: 'chart__grid', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(tick), y2: y(tick) }))
    parts.push(
      element(
        'text',
        { class: 'chart__label', x: MARGIN.left - 8, y: y(tick) + 4, 'text-anchor': 'end' },
        escapeHtml((chart.formatTick ?? chart.formatValue)(tick)),
      ),
    )
  }
  const span = lastYear - firstYear
  const every = Math.max(1, Math.ceil(span / 8))
  for (let year = firstYear; year <= lastYear; year += every) {
    const at = x(`${year}-01-01`)
    parts.push(element('line', { class: 'chart__axis', x1: at, x2: at, y1: MARGIN.top + plotH, y2: MARGIN.top + plotH + 5 }))
    parts.push(
      element(
        'text',
        { class: 'chart__label', x: at, y: MARGIN.top + plotH + 20, 'text-anchor': 'middle' },
        escapeHtml(chart.formatYear(year)),
      ),
    )
  }
  if (chart.unitLabel) parts.push(element('text', { class: 'chart__label', x: 4, y: 14 }, escapeHtml(chart.unitLabel)))
  parts.push(
    element('line', { class: 'chart__axis', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: MARGIN.top + plotH, y2: MARGIN.top + plotH }),
  )
  parts.push(element('line', { class: 'chart__axis', x1: MARGIN.left, x2: MARGIN.left, y1: MARGIN.top, y2: MARGIN.top + plotH }))

  // The way from baseline to target, dashed.
  parts.push(
    element('line', {
      class: 'chart__path-to-target',
      x1: x(chart.baseline.date),
      y1: y(chart.baseline.value),
      x2: x(chart.target.date),
      y2: y(chart.target.value),
    }),
  )
  const ordered = [...chart.points].sort((a, b) => a.date.localeCompare(b.date))
  if (ordered.length > 1)
    parts.push(element('polyline', { class: 'chart__line', points: ordered.map((p) => `${x(p.date)},${y(p.value)}`).join(' ') }))
  for (const p of ordered)
    parts.push(
      element('circle', {
        class: p.provisional ? 'chart__point chart__point--provisional' : 'chart__point',
        cx: x(p.date),
        cy: y(p.value),
        r: 5,
      }),
    )
  // Baseline: a square; target: a diamond.
  const bx = x(chart.baseline.date)
  const by = y(chart.baseline.value)
  parts.push(element('rect', { class: 'chart__baseline', x: bx - 6, y: by - 6, width: 12, height: 12 }))
  const tx = x(chart.target.date)
  const ty = y(chart.target.value)
  parts.push(element('polygon', { class: 'chart__target', points: `${tx},${ty - 8} ${tx + 8},${ty} ${tx},${ty + 8} ${tx - 8},${ty}` }))

  // Legend, under the axis: the series on its own line (its name may be long), the markers below.
  const legend: string[] = []
  let ly = HEIGHT - 36
  let lx = MARGIN.left
  const entry = (shape: string, label: string) => {
    legend.push(shape, element('text', { class: 'chart__legend', x: lx + 22, y: ly + 4 }, escapeHtml(label)))
    lx += 36 + label.length * 7.5
  }
  entry(
    element('line', { class: 'chart__line chart__key', x1: lx, x2: lx + 16, y1: ly, y2: ly }) +
      element('circle', { class: 'chart__point chart__key', cx: lx + 8, cy: ly, r: 4 }),
    chart.legend.series,
  )
  ly = HEIGHT - 14
  lx = MARGIN.left
  if (ordered.some((p) => p.provisional))
    entry(
      element('circle', { class: 'chart__point chart__point--provisional chart__key', cx: lx + 8, cy: ly, r: 4 }),
      chart.legend.provisional,
    )
  entry(element('rect', { class: 'chart__baseline chart__key', x: lx + 3, y: ly - 5, width: 10, height: 10 }), chart.legend.baseline)
  entry(
    element('polygon', {
      class: 'chart__target chart__key',
      points: `${lx + 8},${ly - 7} ${lx + 15},${ly} ${lx + 8},${ly + 7} ${lx + 1},${ly}`,
    }),
    chart.legend.target,
  )
  parts.push(...legend)

  const titleId = `${chart.id}-title`
  const descId = `${chart.id}-desc`
  return raw(
    element(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        class: 'chart',
        viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
        role: 'img',
        'aria-labelledby': `${titleId} ${descId}`,
        focusable: 'false',
      },
      element('title', { id: titleId }, escapeHtml(chart.title)) +
        element('desc', { id: descId }, escapeHtml(chart.description)) +
        parts.join(''),
    ),
  )
}

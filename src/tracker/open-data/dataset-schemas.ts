/**
 * The shape of every open dataset's JSON document and of the items of its list (the CSV's rows),
 * as JSON Schema written with `schema.ts`. The registry names them; the OpenAPI description
 * publishes them and the CSV columns are derived from them.
 */
import { PLAN_LEVELS } from '@/tracker/collections/levels'
import { PARTNER_KINDS } from '@/tracker/collections/Partners'
import { INDICATOR_UNITS } from '@/tracker/collections/units'
import { LINEAGE_KINDS } from '@/tracker/lineage/kinds'
import { MEASURE_STATUSES } from '@/tracker/rollup'
import {
  array,
  boolean,
  day,
  dayOrNull,
  instant,
  instantOrNull,
  integer,
  integerOrNull,
  type JsonSchema,
  localized,
  number,
  numberOrNull,
  object,
  objectOrNull,
  oneOf,
  oneOfOrNull,
  string,
  stringOrNull,
} from './schema'

const counts = (nullable: boolean) =>
  (nullable ? objectOrNull : object)(
    Object.fromEntries(
      MEASURE_STATUSES.map((s) => [
        s,
        nullable
          ? integerOrNull(`Measures whose latest validated report says “${s}”`)
          : integer(`Measures whose latest validated report says “${s}”`),
      ]),
    ),
    'Measures under the item by status (a measure without a validated report is not-started)',
  )
const rollupFields = {
  progress: numberOrNull(
    'Weighted mean progress (0–100, one decimal) of the measures under the item; done counts as 100, stopped measures are left out; null when nothing counts',
  ),
  measures: integer('Number of measures under (or being) the item'),
  counts: counts(false),
}
const pagesField = localized('Address of the page showing it, per language')

export const planItemSchema = object(
  {
    id: integer('Identifier of the plan item'),
    code: string('Code showing its place in the tree, such as 1.3.2', { examples: ['1.3.2'] }),
    level: oneOf(PLAN_LEVELS, 'Level in the tree: a pillar has objectives, an objective worksites, a worksite measures'),
    parentId: integerOrNull('The item it belongs to; null for a pillar'),
    parentCode: stringOrNull('Code of the item it belongs to'),
    title: localized('Title'),
    description: localized('Description'),
    page: pagesField,
    leadAdministration: objectOrNull({ id: integer('Identifier'), name: localized('Name') }, 'The administration that leads it'),
    partners: array(
      object({ id: integer('Partner identifier (see partners)'), role: oneOf(['lead', 'contributor'], 'Role in the measure') }),
      'Measures: organisations carrying it out',
    ),
    startDate: dayOrNull('Planned start'),
    dueDate: dayOrNull('Planned end'),
    weight: numberOrNull('Measures: weight in its worksite’s progress (1 unless set)'),
    status: oneOfOrNull(
      MEASURE_STATUSES,
      'Measures: status of the latest validated report (not-started without one); null for other levels',
    ),
    percent: numberOrNull('Measures: completion in percent of the latest validated report (0 without one); null for other levels'),
    reportedTo: dayOrNull('Measures: end of the period of the latest validated report'),
    latestReportId: integerOrNull('Measures: identifier of that report (see reports)'),
    ...rollupFields,
  },
  'One item of the plan with its computed roll-up',
)

export const planSchema = object(
  {
    planVersion: object({
      id: integer('Identifier'),
      year: integer('Year of the version'),
      title: localized('Title'),
      periodStart: integerOrNull('First year it covers'),
      periodEnd: integerOrNull('Last year it covers'),
    }),
    updatedAt: instantOrNull('Last change of the version, its items, their latest reports or lead administrations'),
    license: string('Licence of the data', { format: 'uri' }),
    rollup: object(rollupFields, 'The whole plan'),
    items: array(planItemSchema, 'Every item, depth first in code order (the CSV rows)'),
  },
  'A plan version’s whole tree',
)

export const reportSchema = object(
  {
    id: integer('Identifier of the report'),
    measureId: integer('The measure reported on (see plans)'),
    measureCode: stringOrNull('Its code'),
    measureTitle: localized('Its title'),
    planYear: integerOrNull('Year of the plan version the measure belongs to'),
    partnerId: integer('The reporting organisation (see partners)'),
    partnerName: localized('Its name'),
    periodStart: dayOrNull('Start of the period reported on'),
    periodEnd: dayOrNull('End of the period reported on'),
    status: oneOf(MEASURE_STATUSES, 'Status of the measure'),
    percent: number('Completion in percent', { minimum: 0, maximum: 100 }),
    account: localized('What was done'),
    evidence: array(object({ label: localized('What it is'), url: string('Address', { format: 'uri' }) }), 'Links to evidence'),
    validatedAt: instantOrNull('When the follow-up cell validated it'),
    correctedAt: instantOrNull('When a correction last changed its status or percentage (see corrections); null if never'),
    updatedAt: instant('Last change'),
  },
  'A validated progress report',
)

const point = (what: string) => object({ date: day(`Date of the ${what}`), value: number(`Value of the ${what}`) }, `The ${what}`)
export const indicatorSchema = object(
  {
    id: integer('Identifier of the indicator'),
    slug: localized('Slug of its page'),
    title: localized('Name'),
    description: localized('What it measures'),
    page: pagesField,
    objectiveId: integer('The objective it measures (see plans)'),
    objectiveCode: stringOrNull('Its code'),
    planYear: integerOrNull('Year of the plan version of the objective'),
    unit: oneOf(INDICATOR_UNITS, 'Unit of every value'),
    direction: oneOf(['higher', 'lower'], 'Whether a higher or a lower value is better'),
    source: localized('Source of the figures'),
    sourceUrl: stringOrNull('Address of the source', { format: 'uri' }),
    baseline: point('baseline'),
    target: point('target'),
    latest: objectOrNull(
      { date: day('Date'), value: number('Value'), provisional: boolean('Whether the figure is provisional') },
      'The newest observation',
    ),
    progressShare: numberOrNull(
      'Share of the way from baseline to target covered by the newest value: 0 at the baseline, 1 at the target, above 1 past it, below 0 going the wrong way',
    ),
    remaining: numberOrNull('What is left to reach the target, in the unit; 0 once reached'),
    trend: oneOf(
      ['improving', 'worsening', 'stable', 'unknown'],
      'The newest value against the one before; a change under 1 % of the baseline-to-target gap is stable',
    ),
    observations: integer('Number of observations'),
    evaluations: array(
      object({ date: day('Date'), author: string('Evaluator'), note: localized('Evaluation') }),
      'Evaluations of the indicator',
    ),
    updatedAt: instant('Last change of the indicator or its observations'),
  },
  'An indicator and where it stands',
)

export const seriesPointSchema = object(
  {
    kind: oneOf(['baseline', 'observation', 'target'], 'What the row is'),
    observationId: integerOrNull('Identifier of the observation'),
    date: day('Date'),
    value: number('Value'),
    unit: oneOf(INDICATOR_UNITS, 'Unit'),
    provisional: boolean('Whether the figure is provisional'),
    note: localized('Note'),
  },
  'One point of an indicator’s series',
)

export const indicatorSeriesSchema = object(
  {
    updatedAt: instant('Last change of the indicator or its observations'),
    license: string('Licence of the data', { format: 'uri' }),
    indicator: indicatorSchema,
    series: array(seriesPointSchema, 'Baseline, observations oldest first, target (the CSV rows)'),
  },
  'One indicator with its series',
)

const summitFields = {
  id: integer('Identifier of the summit'),
  year: integer('Year'),
  date: dayOrNull('Date'),
  title: localized('Title'),
  summary: localized('Summary'),
  participants: localized('Participants, one per line'),
  page: pagesField,
  planYear: integerOrNull('Year of the plan version it took stock of'),
  stockTakenAt: instantOrNull('When the stock-taking was frozen; null while it has not been taken'),
  asOf: dayOrNull('The date the stock-taking describes'),
  progress: numberOrNull('Progress of the whole plan at the stock-taking (0–100)'),
  measures: integerOrNull('Measures in the plan at the stock-taking'),
  counts: counts(true),
  priorities: array(
    object({ objectiveId: integer('Objective (see plans)'), objectiveCode: stringOrNull('Its code'), text: localized('Commitment') }),
    'Priorities set for the next year',
  ),
  updatedAt: instant('Last change'),
}
export const summitSchema = object(summitFields, 'A Social Summit')

export const snapshotItemSchema = object(
  {
    id: integer('Identifier of the plan item'),
    code: string('Code'),
    level: oneOf(PLAN_LEVELS, 'Level'),
    parentId: integerOrNull('The item it belonged to'),
    parentCode: stringOrNull('Its code'),
    title: localized('Title as it stood'),
    status: oneOfOrNull(MEASURE_STATUSES, 'Measures: status of the latest validated report at the time'),
    percent: numberOrNull('Measures: completion in percent at the time'),
    reportedTo: dayOrNull('Measures: end of the period of that report'),
    ...rollupFields,
  },
  'One item of the plan as it stood on the day of the summit',
)

export const summitStockSchema = object(
  {
    updatedAt: instant('Last change of the summit'),
    license: string('Licence of the data', { format: 'uri' }),
    summit: summitSchema,
    items: array(snapshotItemSchema, 'The frozen stock-taking, depth first in code order (the CSV rows); empty before stock was taken'),
  },
  'One summit and its frozen stock-taking',
)

export const partnerSchema = object(
  {
    id: integer('Identifier of the partner'),
    slug: localized('Slug of its page'),
    name: localized('Name'),
    kind: oneOf(PARTNER_KINDS, 'Kind of organisation'),
    description: localized('Description'),
    website: stringOrNull('Website', { format: 'uri' }),
    page: pagesField,
    measures: array(
      object({
        id: integer('Measure (see plans)'),
        code: string('Its code'),
        planYear: integerOrNull('Its plan version'),
        role: oneOf(['lead', 'contributor'], 'Role'),
      }),
      'Measures it carries out',
    ),
    updatedAt: instant('Last change of the partner or of the measures it carries out'),
  },
  'An organisation carrying out measures',
)

/** A list document; its items are described once, under their own name (`components.schemas`). */
export const listSchema = (item: string, description: string): JsonSchema =>
  object(
    {
      updatedAt: instantOrNull('The newest update time of the records listed'),
      license: string('Licence of the data', { format: 'uri' }),
      items: array({ $ref: `#/components/schemas/${item}` }, 'The records (the CSV rows)'),
    },
    description,
  )

export const correctionSchema = object(
  {
    id: integer('Identifier of the correction'),
    subject: oneOf(['report', 'observation'], 'What was corrected: a validated progress report or a final indicator value'),
    planYear: integerOrNull('Year of the plan version it belongs to'),
    reportId: integerOrNull('The corrected report (see reports); null for an indicator value'),
    measureId: integerOrNull('The measure of that report (see plans)'),
    measureCode: stringOrNull('Its code'),
    periodEnd: dayOrNull('End of the period of that report'),
    indicatorId: integerOrNull('The indicator of the corrected value (see indicators); null for a report'),
    observationDate: dayOrNull('Date of the corrected value'),
    oldStatus: oneOfOrNull(MEASURE_STATUSES, 'Status of the report before the correction'),
    newStatus: oneOfOrNull(MEASURE_STATUSES, 'Status of the report after it'),
    oldPercent: numberOrNull('Completion in percent before the correction'),
    newPercent: numberOrNull('Completion in percent after it'),
    oldValue: numberOrNull('The indicator value before the correction'),
    newValue: numberOrNull('The indicator value after it'),
    reason: localized('Why it was corrected'),
    correctedAt: instant('When it was corrected'),
  },
  'A correction of what was public: the values before and after, and why',
)

export const lineageLinkSchema = object(
  {
    id: integer('Identifier of the link'),
    kind: oneOf(LINEAGE_KINDS, 'continues, revised, merged, split, replaced, dropped or new'),
    planYear: integer('Year of the plan version the link belongs to (the later one)'),
    itemId: integerOrNull('The item of that version (see plans); null for a dropped item'),
    itemCode: stringOrNull('Its code'),
    itemLevel: oneOfOrNull(PLAN_LEVELS, 'Its level'),
    fromYear: integerOrNull('Year of the earlier version the sources belong to; null for a new item'),
    fromIds: array(integer('An item of the earlier version'), 'The earlier items it comes from (several when merged)'),
    fromCodes: array(string('A code'), 'Their codes, in the same order'),
    reason: localized('Why, for a dropped item; may be empty for the other kinds'),
    updatedAt: instant('When the link was last changed'),
  },
  'A link from an item to the items of an earlier version it comes from, or an earlier item dropped',
)

export const lineageSchema = object(
  {
    planYear: integer('Year of the plan version'),
    updatedAt: instantOrNull('Newest change of the links'),
    license: string('Licence of the data', { format: 'uri' }),
    items: array(lineageLinkSchema, 'Every link into this version, oldest first (the CSV rows)'),
  },
  'The lineage into a plan version: what each of its items comes from, and what was dropped',
)

export const roundSchema = object(
  {
    id: integer('Identifier of the reporting round'),
    planYear: integer('Year of the plan version whose measures it asks for'),
    periodStart: day('First day of the reporting period it asks about'),
    periodEnd: day('Last day of that period'),
    deadline: day('Day by which the partners report'),
    state: oneOf(['open', 'closed'], 'Open, or closed: the period is settled and its validated reports change only by a correction'),
    scope: oneOf(
      ['all', 'pillars', 'measures'],
      'Which measures it asks for: every measure of the version, those of chosen pillars, or chosen measures',
    ),
    measures: integer('Number of reports it asks for (a measure and the organisation that reports on it)'),
    validated: integer('How many of them have a validated report on the round’s period'),
    closedAt: instantOrNull('When it was closed'),
  },
  'A reporting round: the follow-up cell asks the partners for their reports on a period, by a deadline',
)

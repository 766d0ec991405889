/**
 * What one publish or unpublish means for the history, per language, decided before anything is
 * written: the rows to record, or the problems that refuse the write. Pure, so every case is a
 * unit test (plan.test.ts); hooks/plan-change.ts reads the stored state it needs.
 */
import type { Locale } from '@/site/routes'
import { noteFieldOf } from './fields'
import { type ChangeKind, isWithdrawalReason, LANGUAGES, type WithdrawalReason } from './kinds'

export type PerLanguage<T> = Partial<Record<Locale, T>>

export interface PlanInput {
  intent: 'publish' | 'unpublish'
  /** The languages this write publishes or unpublishes; `all` is resolved against the content below. */
  scope: Locale | 'all'
  /** The live status before the write: one for the document, or one per language (news). */
  liveStatus: unknown
  /** Titles of the live document (a language without one was never public). */
  liveTitles: PerLanguage<string | null>
  liveSlugs: PerLanguage<string | null>
  /** Titles and slugs the document has once this write is applied. */
  titles: PerLanguage<string | null>
  slugs: PerLanguage<string | null>
  change: { kind?: unknown } & PerLanguage<unknown>
  unpublishing: { reason?: unknown; replacement?: unknown }
  /**
   * Whether an unpublish without a reason is refused: always for a person's write (REST, GraphQL,
   * the admin); server code acting on its own (a scheduled job whose item holds no reason, a
   * script) is recorded with no reason, said as such, rather than with one made up.
   */
  reasonRequired: boolean
  /** Turns a slug into the language's public address. */
  pathOf: (slug: string, language: Locale) => string
  at: string
}

export interface PlannedRow {
  language: Locale
  kind: ChangeKind
  note: string | null
  reason: WithdrawalReason | null
  replacement: string | null
  path: string
  at: string
}

export type ChangeProblem = 'noteMissing' | 'reasonMissing' | 'replacementMissing' | 'replacementInvalid'

export interface PlanProblem {
  path: string
  problem: ChangeProblem
  language?: Locale
}

export type Plan = { ok: true; rows: PlannedRow[] } | { ok: false; problems: PlanProblem[] }

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null)

function publishedIn(status: unknown, language: Locale): boolean {
  if (typeof status === 'string') return status === 'published'
  return Boolean(status && typeof status === 'object' && (status as Record<string, unknown>)[language] === 'published')
}

/** A site address (`/nl/…`) or a web address: where a visitor of the old address is sent. */
export function isReplacementAddress(value: string): boolean {
  if (/^\/(?!\/)[^\s]*$/.test(value)) return true
  try {
    const url = new URL(value)
    return (url.protocol === 'https:' || url.protocol === 'http:') && !/\s/.test(value)
  } catch {
    return false
  }
}

function wasPublic(input: PlanInput, language: Locale): boolean {
  return publishedIn(input.liveStatus, language) && Boolean(text(input.liveTitles[language]))
}

function inScope(input: PlanInput, language: Locale): boolean {
  return input.scope === 'all' || input.scope === language
}

function planPublish(input: PlanInput): Plan {
  const kind = input.change.kind === 'major' ? 'major' : 'minor'
  const rows: PlannedRow[] = []
  const problems: PlanProblem[] = []
  for (const language of LANGUAGES) {
    const slug = text(input.slugs[language])
    if (!inScope(input, language) || !text(input.titles[language]) || !slug) continue
    const path = input.pathOf(slug, language)
    const base = { language, reason: null, replacement: null, path, at: input.at }
    if (!wasPublic(input, language)) {
      rows.push({ ...base, kind: 'first-publish', note: null })
      continue
    }
    const note = text(input.change[language])
    if (kind === 'major' && !note) problems.push({ path: noteFieldOf(language), problem: 'noteMissing', language })
    // A minor change says nothing to anyone: its row keeps no note, even one left in the form.
    rows.push({ ...base, kind, note: kind === 'major' ? note : null })
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows }
}

/**
 * Why something is unpublished, checked: the reason and, when replaced, the replacement's address;
 * the same check for an unpublish now and one scheduled (src/access/schedule-publish.ts).
 */
export function readWithdrawal(
  unpublishing: { reason?: unknown; replacement?: unknown } | undefined,
  reasonRequired: boolean,
): { ok: true; reason: WithdrawalReason | null; replacement: string | null } | { ok: false; problem: PlanProblem } {
  const given = unpublishing?.reason
  if (!isWithdrawalReason(given)) {
    if (reasonRequired) return { ok: false, problem: { path: 'unpublishReason', problem: 'reasonMissing' } }
    return { ok: true, reason: null, replacement: null }
  }
  if (given !== 'replaced') return { ok: true, reason: given, replacement: null }
  const replacement = text(unpublishing?.replacement)
  if (!replacement) return { ok: false, problem: { path: 'unpublishReplacement', problem: 'replacementMissing' } }
  if (!isReplacementAddress(replacement)) return { ok: false, problem: { path: 'unpublishReplacement', problem: 'replacementInvalid' } }
  return { ok: true, reason: given, replacement }
}

function planUnpublish(input: PlanInput): Plan {
  const languages = LANGUAGES.filter((language) => inScope(input, language) && wasPublic(input, language))
  if (languages.length === 0) return { ok: true, rows: [] }
  const withdrawal = readWithdrawal(input.unpublishing, input.reasonRequired)
  if (!withdrawal.ok) return { ok: false, problems: [withdrawal.problem] }
  const { reason, replacement } = withdrawal
  const rows = languages.flatMap((language): PlannedRow[] => {
    const slug = text(input.liveSlugs[language])
    if (!slug) return []
    return [{ language, kind: 'withdrawn', note: null, reason, replacement, path: input.pathOf(slug, language), at: input.at }]
  })
  return { ok: true, rows }
}

export function planChange(input: PlanInput): Plan {
  return input.intent === 'publish' ? planPublish(input) : planUnpublish(input)
}

/**
 * What `npm run audit:check` decides from `npm audit --json`: the high and critical advisories
 * against production dependencies, less the ones an allow-list entry accepts for a while. Every
 * entry names its advisory, says why it is accepted and until when; an expired or incomplete entry
 * fails the check, so an exception is looked at again instead of living forever.
 */

export interface AllowEntry {
  /** The advisory's GitHub id, e.g. `GHSA-xxxx-xxxx-xxxx`. */
  advisory: string
  /** The package it is reported against (for the reader; the advisory id is what matches). */
  package: string
  reason: string
  /** Last day (YYYY-MM-DD, UTC) the exception holds. */
  expires: string
}

export interface Advisory {
  id: string
  package: string
  severity: 'high' | 'critical'
  title: string
}

export interface AuditVerdict {
  /** Advisories no entry accepts: the check fails. */
  open: Advisory[]
  /** Advisories an entry accepts. */
  accepted: Advisory[]
  /** Entries past their date, or without a reason: the check fails. */
  badEntries: { entry: unknown; problem: string }[]
  /** Entries that match no current advisory (fixed upstream: remove them). */
  unused: AllowEntry[]
}

const ID = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Checks the allow-list file's entries; `today` is a UTC day `YYYY-MM-DD`. */
export function checkAllowList(entries: unknown, today: string): { valid: AllowEntry[]; bad: AuditVerdict['badEntries'] } {
  if (!Array.isArray(entries)) return { valid: [], bad: [{ entry: entries, problem: 'the allow-list must be a JSON array' }] }
  const valid: AllowEntry[] = []
  const bad: AuditVerdict['badEntries'] = []
  for (const entry of entries) {
    const candidate = entry as Partial<AllowEntry> | null
    const problem =
      typeof candidate !== 'object' || candidate === null
        ? 'not an object'
        : typeof candidate.advisory !== 'string' || !ID.test(candidate.advisory)
          ? 'advisory must be a GHSA id'
          : typeof candidate.package !== 'string' || candidate.package.trim() === ''
            ? 'package is missing'
            : typeof candidate.reason !== 'string' || candidate.reason.trim().length < 10
              ? 'reason is missing or too short to explain anything'
              : typeof candidate.expires !== 'string' || !DAY.test(candidate.expires) || Number.isNaN(Date.parse(candidate.expires))
                ? 'expires must be a day YYYY-MM-DD'
                : candidate.expires < today
                  ? `expired on ${candidate.expires}: look at it again`
                  : undefined
    if (problem) bad.push({ entry, problem })
    else valid.push(candidate as AllowEntry)
  }
  return { valid, bad }
}

interface AuditVia {
  url?: string
  name?: string
  title?: string
  severity?: string
}

/**
 * The high and critical advisories in an `npm audit --json` report (format 2). Throws when the
 * report is npm's error answer (the advisory service could not be asked): no answer is not "no advisory".
 */
export function advisoriesIn(report: unknown): Advisory[] {
  const parsed = report as {
    auditReportVersion?: number
    vulnerabilities?: Record<string, { via?: (AuditVia | string)[] }>
    statusCode?: number
  }
  if (parsed?.auditReportVersion !== 2 || typeof parsed.vulnerabilities !== 'object' || parsed.vulnerabilities === null) {
    const status = typeof parsed?.statusCode === 'number' ? ` (HTTP ${parsed.statusCode})` : ''
    throw new Error(`npm audit gave no report: the advisory service could not be asked${status}`)
  }
  const found = new Map<string, Advisory>()
  for (const vulnerability of Object.values(parsed.vulnerabilities)) {
    for (const via of vulnerability.via ?? []) {
      // A string names another vulnerable package: its own entry carries the advisory.
      if (typeof via === 'string') continue
      if (via.severity !== 'high' && via.severity !== 'critical') continue
      const id = via.url?.split('/').pop() ?? ''
      if (!id || found.has(id)) continue
      found.set(id, { id, package: via.name ?? '?', severity: via.severity, title: via.title ?? '' })
    }
  }
  return [...found.values()].sort((a, b) => a.id.localeCompare(b.id))
}

/** Splits the advisories into open and accepted, and reports the entries to look at. */
export function auditVerdict(advisories: Advisory[], allowList: unknown, today: string): AuditVerdict {
  const { valid, bad } = checkAllowList(allowList, today)
  const allowed = new Set(valid.map((entry) => entry.advisory))
  const reported = new Set(advisories.map((advisory) => advisory.id))
  return {
    open: advisories.filter((advisory) => !allowed.has(advisory.id)),
    accepted: advisories.filter((advisory) => allowed.has(advisory.id)),
    badEntries: bad,
    unused: valid.filter((entry) => !reported.has(entry.advisory)),
  }
}

/**
 * The demo's reporting rounds: last year's second half-year, closed, and the third quarter of this
 * year, open past its deadline, with reports submitted, one returned and the rest late. Rounds carry
 * no text of their own: their label is their period.
 */
export interface SeedRound {
  period: readonly [string, string]
  deadline: string
  state: 'open' | 'closed'
  /** When the opening reminder went out: the demo's first job run sends no opening email again. */
  announced: string
}

export const rounds: SeedRound[] = [
  { period: ['2025-07-01', '2025-12-31'], deadline: '2026-02-15', state: 'closed', announced: '2026-01-05' },
  { period: ['2026-07-01', '2026-09-30'], deadline: '2026-10-31', state: 'open', announced: '2026-10-01' },
]

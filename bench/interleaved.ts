/**
 * Ratios measured in interleaved rounds (A B, B A, A B …): each round measures Belfort and its
 * baseline one right after the other and gives one ratio; the median of the rounds is the figure,
 * and the range says how far one round strayed. The order turns each round, so that neither side
 * always runs first, right after the other side's load. Taking the best of each side over the
 * whole run let one slow baseline round make a goal look met (a cached page "as fast as plain node"
 * in one run, 0.52–0.60 interleaved in another).
 */
import type { Load } from './wrk'

export interface RoundedRatio {
  /** The median of the rounds' ratios: the figure goals are checked on. */
  median: number
  min: number
  max: number
  rounds: number
  /** Whether an unmeasured round ran first. */
  warmedUp: boolean
  /** The loads of the round whose ratio is the median, to print beside it. */
  loads: Load[]
}

// Two significant digits: a ratio of 0.0015 must not print as 0.
export const ratio = (a: number, b: number) => (b > 0 ? Number((a / b).toPrecision(2)) : 0)

/** The middle value; with an even count, the lower of the two middle ones (never a value no round gave). */
export function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}

/**
 * Runs `loads` in turn, `rounds` times, in the given order and then in reverse, and rates each
 * round with `rate` (Belfort's figure over the baseline's, from that round's loads only, passed in
 * the given order). With `warmUp`, one round runs first and is not rated: a server just started
 * spends its first seconds under load compiling its hot paths (V8's optimising tiers, on threads of
 * their own), and was measured 20–35 % slower in that first round than in the next ones, which
 * would make the first round's ratio the range's low end for a reason no visitor of a running server
 * meets.
 */
export async function interleaved(
  loads: (() => Promise<Load>)[],
  rounds: number,
  rate: (round: Load[]) => number,
  options: { warmUp?: boolean } = {},
): Promise<RoundedRatio> {
  if (options.warmUp) for (const run of loads) await run()
  const measured: { ratio: number; loads: Load[] }[] = []
  for (let round = 0; round < rounds; round++) {
    const results: Load[] = new Array<Load>(loads.length)
    const order = loads.map((_, index) => index)
    if (round % 2 === 1) order.reverse()
    for (const index of order) results[index] = await loads[index]!()
    measured.push({ ratio: rate(results), loads: results })
  }
  const ratios = measured.map((round) => round.ratio)
  const median = medianOf(ratios)
  return {
    median,
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    rounds,
    warmedUp: options.warmUp === true,
    loads: measured.find((round) => round.ratio === median)!.loads,
  }
}

/** "ratio 0.55 (median of 3 interleaved rounds, 0.52–0.60)". */
export function ratioText(rated: RoundedRatio): string {
  const warm = rated.warmedUp ? ' after a warm-up round' : ''
  if (rated.rounds === 1) return `ratio ${rated.median} (one round${warm})`
  return `ratio ${rated.median} (median of ${rated.rounds} interleaved rounds${warm}, ${rated.min}–${rated.max})`
}

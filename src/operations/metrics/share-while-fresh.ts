/**
 * One read shared by everyone who asks within `ms` of it: the gauges a scrape fills from the same
 * query (or two scrapes that overlap) cost one query, not one each.
 */
export function shareWhileFresh<T>(read: () => Promise<T>, ms: number, now: () => number = Date.now): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined
  return () => {
    const at = now()
    if (last && at - last.at < ms) return last.value
    const value = read()
    last = { at, value }
    // A failure is not kept: the next scrape tries again.
    value.catch(() => {
      if (last?.value === value) last = undefined
    })
    return value
  }
}

/** The "most requested" list: the services an editor ranked, in their rank's order, at most `limit`. */
export function mostRequested<T extends { mostRequested?: number | null }>(
  services: readonly T[],
  limit: number,
): (T & { mostRequested: number })[] {
  return services
    .filter((s): s is T & { mostRequested: number } => typeof s.mostRequested === 'number')
    .sort((a, b) => a.mostRequested - b.mostRequested)
    .slice(0, limit)
}

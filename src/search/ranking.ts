/**
 * How much of a query's matches are ranked. Ranking reads every match's term positions (bm25 on
 * SQLite, ts_rank on PostgreSQL), so a word found in most of the index cost half a second at
 * scale (bench/RESULTS.md). A query with at most RANK_ALL_UP_TO matches is ranked whole, as it
 * always was. A broader one first takes a bounded set of candidates by a cheap pre-ranking that
 * reads no positions (entries holding every word in their title first, as titles weigh most in
 * both rankings, then the most recent) and ranks those exactly: its first pages are the best of
 * the candidates, its counts stay exact, and only RANKED_WINDOW results can be paged through.
 */
export const RANK_ALL_UP_TO = 1000
export const RANKED_WINDOW = 1000

/** The limits a backend ranks with; tests lower them to reach the broad path on a small index. */
export interface RankingLimits {
  rankAllUpTo: number
  window: number
}

export const DEFAULT_LIMITS: RankingLimits = { rankAllUpTo: RANK_ALL_UP_TO, window: RANKED_WINDOW }

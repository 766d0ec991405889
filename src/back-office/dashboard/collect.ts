/** Asks every provider for the signed-in person's counts and orders them by group, as the dashboard shows them. */
import type { PayloadRequest } from 'payload'
import type { AttentionCount, AttentionGroup, AttentionProvider } from '@/back-office/attention'

export const GROUP_ORDER: readonly AttentionGroup[] = [
  'content',
  'translation',
  'review',
  'feedback',
  'inbox',
  'tracker',
  'email',
  'operations',
]

export interface CollectedGroup {
  group: AttentionGroup
  counts: AttentionCount[]
}

/**
 * One failing provider costs its own counts, not the dashboard: it is logged and reported as
 * `failed` so the screen can say a number is missing rather than show a wrong zero.
 */
export async function collectAttention(
  req: PayloadRequest,
  providers: readonly AttentionProvider[],
): Promise<{ groups: CollectedGroup[]; failed: number }> {
  let failed = 0
  const answers = await Promise.all(
    providers.map((provider) =>
      provider(req).catch((error: unknown) => {
        failed += 1
        req.payload.logger.error({ msg: 'dashboard provider failed', err: error })
        return [] as AttentionCount[]
      }),
    ),
  )
  const all = answers.flat()
  const groups = GROUP_ORDER.map((group) => ({ group, counts: all.filter((count) => count.group === group) })).filter(
    (g) => g.counts.length > 0,
  )
  return { groups, failed }
}

/**
 * A passkey ceremony's challenge, kept on the session that asked for it (the `passkeyChallenge`
 * of its `sessions` entry), never taken from the client: the browser signs it, the server compares
 * what was signed with what it kept. One challenge per session, for one purpose, for five minutes,
 * and taken off the session before the answer is checked, so an answer works once at most.
 */
import type { StoredSession } from '../sessions/session-state'

/** `add`: a signed-in person adds a passkey; `sign-in`: the second step after the password. */
export type ChallengePurpose = 'add' | 'sign-in'

export interface StoredChallenge {
  /** base64url, as generated for the options. */
  value: string
  purpose: ChallengePurpose
  expiresAt: string
}

/** Long enough for the browser's prompt (two minutes) and a slow network, short enough not to linger. */
export const CHALLENGE_MS = 5 * 60_000

/** The sessions with `challenge` kept on session `sid` (replacing any earlier one of that session). */
export function withChallenge(
  sessions: readonly StoredSession[],
  sid: string,
  value: string,
  purpose: ChallengePurpose,
  now = Date.now(),
): StoredSession[] {
  const passkeyChallenge: StoredChallenge = { value, purpose, expiresAt: new Date(now + CHALLENGE_MS).toISOString() }
  return sessions.map((session) => (session.id === sid ? { ...session, passkeyChallenge } : session))
}

export interface TakenChallenge {
  /** The challenge the answer must have signed; undefined when there is none for this purpose, or it expired. */
  value?: string
  /** The sessions without it (what to write back before checking anything). */
  sessions: StoredSession[]
  /** Whether anything was taken off (and so must be written). */
  changed: boolean
}

/** Takes session `sid`'s challenge off it, whatever its purpose or age: an attempt uses it up. */
export function takeChallenge(
  sessions: readonly StoredSession[],
  sid: string,
  purpose: ChallengePurpose,
  now = Date.now(),
): TakenChallenge {
  const kept = sessions.find((session) => session.id === sid)?.passkeyChallenge as Partial<StoredChallenge> | null | undefined
  if (!kept) return { sessions: [...sessions], changed: false }
  const valid =
    kept.purpose === purpose && typeof kept.value === 'string' && kept.value.length > 0 && new Date(kept.expiresAt ?? 0).getTime() > now
  return {
    value: valid ? kept.value : undefined,
    sessions: sessions.map((session) => (session.id === sid ? { ...session, passkeyChallenge: null } : session)),
    changed: true,
  }
}

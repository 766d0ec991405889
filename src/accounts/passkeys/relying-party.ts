/**
 * Who Belfort is to a passkey: the relying party's id (SERVER_URL's host name, which the browser
 * checks against the page's own) and the one origin whose answers are accepted. Read from
 * SERVER_URL, never from the request, so a forged Host header cannot widen it.
 */
import { readEnvironment } from '@/environment'

export interface RelyingParty {
  /** The host name passkeys are bound to (no port, no scheme). */
  id: string
  /** What an authenticator may show as the site's name. */
  name: string
  /** `scheme://host[:port]`, as the browser writes it into the client data. */
  origin: string
}

export function relyingPartyOf(serverUrl: string): RelyingParty {
  const url = new URL(serverUrl)
  return { id: url.hostname, name: 'Belfort', origin: url.origin }
}

/** This process's relying party. */
export const relyingParty: RelyingParty = relyingPartyOf(readEnvironment().serverUrl)

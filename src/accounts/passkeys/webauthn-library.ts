/**
 * @simplewebauthn/server, loaded by the first passkey prompt or answer: with its certificate and
 * CBOR parsers it holds about 4 MB of heap, which a process that never sees a passkey (a public-only
 * instance, most back-office minutes) should not carry.
 */
export const webauthn = () => import('@simplewebauthn/server')
export const webauthnHelpers = () => import('@simplewebauthn/server/helpers')

/**
 * Payload's REST API in the test's own process (`handleEndpoints`, as Next's route calls it), for
 * integration tests of sign-in and sessions without a server: requests carry the same-origin
 * header a browser sends, and the client address the server would set.
 */
import { handleEndpoints, type SanitizedConfig } from 'payload'

export interface ApiCall {
  cookie?: string
  body?: unknown
  headers?: Record<string, string>
}

export type Api = (method: string, path: string, call?: ApiCall) => Promise<Response>

export function payloadApi(config: SanitizedConfig | Promise<SanitizedConfig>, origin = 'http://localhost:3000'): Api {
  return (method, path, { cookie, body, headers = {} } = {}) =>
    handleEndpoints({
      config,
      request: new Request(`${origin}/api${path}`, {
        method,
        headers: {
          'Sec-Fetch-Site': 'same-origin',
          'X-Belfort-Client-Address': '192.0.2.10',
          'User-Agent': 'belfort-integration-test',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...(cookie ? { Cookie: cookie } : {}),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    })
}

/** `payload-token=…` from a response's Set-Cookie, for the next request. */
export function sessionCookie(response: Response): string {
  const header = response.headers.get('set-cookie') ?? ''
  const match = /payload-token=[^;]*/.exec(header)
  if (!match) throw new Error(`no session cookie in ${response.status} answer: ${header}`)
  return match[0]
}

/** The signed-in user a cookie gives, as GET /api/users/me tells it (null when none). */
export async function whoAmI(api: Api, cookie: string): Promise<{ email?: string } | null> {
  const response = await api('GET', '/users/me', { cookie })
  return ((await response.json()) as { user: { email?: string } | null }).user
}

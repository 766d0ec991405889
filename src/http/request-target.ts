/**
 * The request target (the path and query of the request line) read once, with the limits every
 * address shares, before any part of the server or a feature looks at it.
 */

/** Longer paths or queries are refused with 414: no page of ours needs them, and they cost memory. */
export const MAX_PATH_LENGTH = 2000
export const MAX_QUERY_LENGTH = 2000

export type RequestTarget =
  | { kind: 'ok'; pathname: string; segments: string[]; query: URLSearchParams; rawQuery: string }
  | { kind: 'bad-request' }
  | { kind: 'too-long' }

/**
 * Splits and decodes a request target. Malformed percent-encoding and control characters are a
 * bad request rather than an exception deep inside a view.
 */
export function parseRequestTarget(rawUrl: string): RequestTarget {
  const queryStart = rawUrl.indexOf('?')
  const rawPath = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart)
  const rawQuery = queryStart === -1 ? '' : rawUrl.slice(queryStart + 1)
  if (rawPath.length > MAX_PATH_LENGTH || rawQuery.length > MAX_QUERY_LENGTH) return { kind: 'too-long' }
  if (!rawPath.startsWith('/')) return { kind: 'bad-request' }
  let segments: string[]
  try {
    segments = rawPath
      .split('/')
      .filter(Boolean)
      .map((s) => decodeURIComponent(s))
  } catch {
    return { kind: 'bad-request' }
  }
  // Control characters and path tricks never name a page.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (segments.some((s) => /[\u0000-\u001f\u007f/\\]/.test(s) || s === '..' || s === '.')) return { kind: 'bad-request' }
  let query: URLSearchParams
  try {
    decodeURIComponent(rawQuery.replace(/\+/g, ' '))
    query = new URLSearchParams(rawQuery)
  } catch {
    return { kind: 'bad-request' }
  }
  return { kind: 'ok', pathname: rawPath, segments, query, rawQuery }
}

/**
 * The one spelling of a path: its decoded segments, each percent-encoded the same way (as
 * encodeURIComponent does), joined by single slashes, with a trailing slash only when asked for
 * one. Decoding it gives back the same segments, so it is its own canonical form.
 */
export function canonicalPath(segments: readonly string[], trailingSlash = false): string {
  if (segments.length === 0) return '/'
  const path = `/${segments.map(encodeURIComponent).join('/')}`
  return trailingSlash ? `${path}/` : path
}

/** The path of a raw request target, undecoded: what is left to go by when it cannot be parsed. */
export function rawPathOf(rawUrl: string): string {
  return rawUrl.split('?', 1)[0] ?? ''
}

import { isLocale, type Locale } from '@/site/routes'

/** Longer paths or queries are refused with 414: no page of ours needs them, and they cost memory. */
export const MAX_PATH_LENGTH = 2000
export const MAX_QUERY_LENGTH = 2000

export type RequestTarget =
  | { kind: 'ok'; pathname: string; segments: string[]; query: URLSearchParams; locale: Locale | undefined }
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
  const first = segments[0]
  return { kind: 'ok', pathname: rawPath, segments, query, locale: isLocale(first) ? first : undefined }
}

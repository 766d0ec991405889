/**
 * Payload's REST handlers read `where` and `data`, when given whole rather than in brackets
 * (`?where={…}`), with JSON.parse and no guard, so a malformed one is a 500. The server checks them
 * first and answers 400.
 */
const JSON_PARAMETERS = ['where', 'data'] as const

/** The first parameter that Payload would parse as JSON and cannot, or undefined. */
export function malformedJsonParameter(query: URLSearchParams): string | undefined {
  for (const name of JSON_PARAMETERS) {
    const value = query.get(name)
    if (value === null || value === '') continue
    try {
      JSON.parse(value)
    } catch {
      return name
    }
  }
  return undefined
}

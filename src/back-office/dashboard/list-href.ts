/**
 * The admin address of a collection's list filtered by a `where`: the same bracketed query Payload's
 * own filter builder writes, so a dashboard count opens a list a person could also have filtered by hand.
 */
import type { Where } from 'payload'

type Value = Where | Where[] | string | number | boolean | null | undefined | readonly (string | number)[]

function flatten(prefix: string, value: Value, into: string[]): void {
  if (value === undefined) return
  if (value === null || typeof value !== 'object') {
    into.push(`${prefix}=${encodeURIComponent(String(value))}`)
    return
  }
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value)
  for (const [key, item] of entries) flatten(`${prefix}[${encodeURIComponent(key)}]`, item as Value, into)
}

export function listHref(collection: string, where: Where): string {
  const parts: string[] = []
  flatten('where', where, parts)
  return `/admin/collections/${collection}?${parts.join('&')}`
}

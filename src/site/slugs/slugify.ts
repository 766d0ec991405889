/** Turns a title into a URL segment: accents folded, lowercase letters, digits and single hyphens. */

const MAX_LENGTH = 80

// Letters that NFKD does not split into a base letter and an accent.
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th' }

export function slugify(title: string): string {
  const folded = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøđłþ]/g, (c) => LIGATURES[c] ?? c)
  const slug = folded
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (slug.length <= MAX_LENGTH) return slug
  // Cut at a word boundary so the address does not end in half a word.
  const cut = slug.slice(0, MAX_LENGTH + 1)
  const lastHyphen = cut.lastIndexOf('-')
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_LENGTH)).replace(/-+$/, '')
}

/** The candidates for a slug already taken: `x`, then `x-2`, `x-3`, … */
export function slugCandidate(base: string, attempt: number): string {
  return attempt <= 1 ? base : `${base}-${attempt}`
}

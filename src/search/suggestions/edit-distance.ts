/**
 * The edit distance between two words, counting a swap of two neighbouring letters as one edit
 * ("renovatei" is one from "renovatie"), and giving up past `max` (the answer is then max + 1):
 * suggestions only want near words, so most candidates are dropped after a few rows.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let beforeLast: number[] = []
  let last = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(last[j]! + 1, row[j - 1]! + 1, last[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforeLast[j - 2]! + 1)
      row.push(value)
      best = Math.min(best, value)
    }
    if (best > max) return max + 1
    beforeLast = last
    last = row
  }
  return Math.min(last[b.length]!, max + 1)
}

/** How many edits a word of this length may be from a suggestion: one for short words, where two would make another word. */
export function allowedEdits(length: number): number {
  return length <= 4 ? 1 : 2
}

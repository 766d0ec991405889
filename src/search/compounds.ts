/**
 * Dutch compounds split into their parts ("energierenovatie" → "energie" + "renovatie"), with the
 * linking s/e/en ("werkloosheidsgraad" → "werkloosheid" + "graad"), from the vocabulary that
 * dutch-vocabulary.ts draws from the OpenTaal Hunspell dictionary into dutch-compounds.txt. That
 * file is read at first use: about 40,000 short words, a few megabytes in memory.
 */
import { readFileSync } from 'node:fs'

/** Parts shorter than this are never split off: "kan" + "toor", "be" + "leid". */
export const MIN_HEAD = 3
export const MIN_END = 4

/**
 * Words the dictionary allows at the end of a compound but that are, at the end of a word, almost
 * always a suffix: werk+loos, land+schap, betaal+baar. Splitting them off would make "werk" find
 * "werkloos".
 */
const NOT_AN_END = /^(heid|heden|schap|schappen)$|^(loos|loze|baar|bare|zaam|zame|lijk|achtig)/

/**
 * Words the dictionary would split but whose parts mean something else: "boekhouding" is
 * accounting, not a book's posture. Kept whole; add to it when a search turns one up.
 */
export const KEEP_WHOLE = new Set(['boekhouding', 'boekhoudingen', 'boekhouder', 'boekhouders', 'boekhoudkundig', 'boekhoudkundige'])

export interface Vocabulary {
  /** Forms that can begin or continue a compound, linking letters included, with the word they are a form of. */
  heads: Map<string, string>
  /** Forms that can end a compound, inflected forms included. */
  ends: Set<string>
  /** Joins the dictionary forbids: the left part ends with the first text and the right one starts with the second. */
  forbidden: [string, string][]
}

/** Reads dutch-compounds.txt (see serializeVocabulary in dutch-vocabulary.ts). */
export function parseVocabulary(text: string): Vocabulary {
  const heads = new Map<string, string>()
  const ends = new Set<string>()
  const forbidden: [string, string][] = []
  let section = 0
  // A plain loop over the text: split() and destructuring took about twice as long for 40,000 lines.
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const space = text.indexOf(' ', start)
    const first = text.slice(start, space >= 0 && space < end ? space : end)
    const second = space >= 0 && space < end ? text.slice(space + 1, end) : undefined
    start = end + 1
    if (!first || first === '#') continue
    if (first === '--') section++
    else if (section === 0) heads.set(first, second ?? first)
    else if (section === 1) ends.add(first)
    else if (second) forbidden.push([first, second])
  }
  return { heads, ends, forbidden }
}

let loaded: Vocabulary | undefined

export const VOCABULARY_FILE = new URL('./dutch-compounds.txt', import.meta.url)

/** The committed vocabulary, read once, at first use. */
export function dutchVocabulary(): Vocabulary {
  loaded ??= parseVocabulary(readFileSync(VOCABULARY_FILE, 'utf8'))
  return loaded
}

/** A part of a compound: the text as written and the word it is a form of ("werkloosheids" → "werkloosheid"). */
export interface Part {
  form: string
  word: string
}

/**
 * The parts of a Dutch compound, or [] when the word is not one (or cannot be split with parts of
 * a safe length). Of the possible splits, the one with the fewest parts wins, then the one whose
 * shortest part is longest: "werkloosheidsgraad" is werkloosheid + graad, not werk + loosheid….
 */
export function splitCompound(word: string, vocabulary: Vocabulary = dutchVocabulary()): Part[] {
  if (word.length < MIN_HEAD + MIN_END || KEEP_WHOLE.has(word)) return []
  const { heads, ends, forbidden } = vocabulary
  const allowedJoin = (left: string, right: string) => !forbidden.some(([end, start]) => left.endsWith(end) && right.startsWith(start))
  // best[i]: the best split of word.slice(i) into heads… + end, by fewest parts then longest shortest part.
  const best: (Part[] | null)[] = new Array(word.length + 1).fill(null)
  const score = (parts: Part[]) => [parts.length, -Math.min(...parts.map((part) => part.word.length))] as const
  const better = (a: Part[], b: Part[] | null) => {
    if (!b) return true
    const [la, sa] = score(a)
    const [lb, sb] = score(b)
    return la < lb || (la === lb && sa < sb)
  }
  for (let start = word.length - MIN_END; start >= 0; start--) {
    const rest = word.slice(start)
    let chosen: Part[] | null = start > 0 && ends.has(rest) && !NOT_AN_END.test(rest) ? [{ form: rest, word: rest }] : null
    for (let cut = start + MIN_HEAD; cut <= word.length - MIN_END; cut++) {
      const tail = best[cut]
      if (!tail) continue
      const form = word.slice(start, cut)
      const lemma = heads.get(form)
      if (!lemma || lemma.length < MIN_HEAD || !allowedJoin(form, tail[0]!.form) || lemma === tail[0]!.word) continue
      const parts = [{ form, word: lemma }, ...tail]
      if (better(parts, chosen)) chosen = parts
    }
    best[start] = chosen
  }
  const whole = best[0]
  return whole && whole.length > 1 ? whole : []
}

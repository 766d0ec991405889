/**
 * What a staff password must be (ASVS 2.1): 12 to 128 characters, any characters, no composition
 * rules; not the person's name or email address; and hard to guess, as zxcvbn estimates it with
 * Dutch, French, English and common-password dictionaries (score 3 or more out of 4).
 */
import type { ZxcvbnFactory } from '@zxcvbn-ts/core'
import type { Locale } from '@/site/routes'

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128
/** zxcvbn's 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3

export type PasswordProblem =
  | { kind: 'too-short' | 'too-long'; length: number }
  | { kind: 'personal' }
  | { kind: 'weak'; warning: string | null; suggestions: string[] }

/** Whose password it is: what they may not use. */
export interface PasswordOwner {
  email?: string | null
  name?: string | null
}

/** A password's length as a person counts it: characters, not UTF-16 units (an emoji is one). */
export const passwordLength = (password: string): number => [...password.normalize('NFC')].length

const simplify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')

/** The words of a name or email that a password may not contain, simplified (no case, accents or punctuation). */
export function personalWords({ email, name }: PasswordOwner): string[] {
  const words = new Set<string>()
  const address = email?.trim().toLowerCase() ?? ''
  const local = address.split('@')[0] ?? ''
  for (const whole of [address, local, name ?? '']) if (simplify(whole).length >= 3) words.add(simplify(whole))
  // Parts of a name or address ("jan" of "jan.peeters") only from four letters: short ones occur in ordinary words.
  for (const part of [...local.split(/[._+-]+/), ...(name ?? '').split(/[\s'’-]+/)])
    if (simplify(part).length >= 4) words.add(simplify(part))
  return [...words]
}

// The estimator and its dictionaries take about 35 MB and a second to build: made on first use,
// dropped again after a quiet while (passwords are set rarely; the server's heap is kept small).
const IDLE_MS = 10 * 60_000
let estimator: Promise<ZxcvbnFactory> | undefined
let idleTimer: NodeJS.Timeout | undefined

async function buildEstimator(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, en, fr, nl] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
    import('@zxcvbn-ts/language-fr'),
    import('@zxcvbn-ts/language-nl-be'),
  ])
  // The Dutch package names its lists without a language suffix; suffixed, they cannot shadow another's.
  const dutch = Object.fromEntries(Object.entries(nl.dictionary).map(([name, words]) => [`${name}-nl`, words]))
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary, ...dutch },
    graphs: common.adjacencyGraphs,
    // The default (100) lets one long password full of digits and symbols cost seconds of CPU.
    l33tMaxSubstitutions: 10,
    maxLength: PASSWORD_MAX_LENGTH,
  })
}

function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= buildEstimator().catch((error: unknown) => {
    estimator = undefined
    throw error
  })
  clearTimeout(idleTimer)
  idleTimer = setTimeout(() => {
    estimator = undefined
  }, IDLE_MS).unref()
  return estimator
}

/** Why this password may not be used by its owner, or undefined when it may. */
export async function passwordProblem(password: string, owner: PasswordOwner): Promise<PasswordProblem | undefined> {
  const length = passwordLength(password)
  if (length < PASSWORD_MIN_LENGTH) return { kind: 'too-short', length }
  if (length > PASSWORD_MAX_LENGTH) return { kind: 'too-long', length }
  const words = personalWords(owner)
  const simple = simplify(password)
  if (words.some((word) => simple.includes(word))) return { kind: 'personal' }
  const { score, feedback } = (await loadEstimator()).check(password, words)
  if (score >= MIN_SCORE) return undefined
  return { kind: 'weak', warning: feedback.warning, suggestions: feedback.suggestions }
}

type Feedback = { warnings: Record<string, string>; suggestions: Record<string, string> }

/** zxcvbn's own explanation of a weak password (its warning and suggestions), in one of our languages. */
export async function estimatorFeedback(problem: Extract<PasswordProblem, { kind: 'weak' }>, language: Locale): Promise<string[]> {
  const pack = await (language === 'fr'
    ? import('@zxcvbn-ts/language-fr')
    : language === 'en'
      ? import('@zxcvbn-ts/language-en')
      : import('@zxcvbn-ts/language-nl-be'))
  const { warnings, suggestions } = pack.translations as unknown as Feedback
  const lines = [problem.warning ? warnings[problem.warning] : undefined, ...problem.suggestions.map((key) => suggestions[key])]
  return lines.filter((line): line is string => typeof line === 'string' && line.length > 0)
}

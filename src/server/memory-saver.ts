/**
 * V8's memory saver mode, for public-only instances. Under load V8 keeps the pages a full garbage
 * collection frees in a pool for its next allocations: some 20 MB of a public-only instance's
 * peak (bench/RESULTS.md). In memory saver mode every full collection compacts the heap and gives
 * that pool back, which keeps the peak under 150 MB; but such a collection also lets go of the
 * object shapes only compiled code still holds, so that code is thrown away and compiled again:
 * a cold page, a list from the read cache and a page cache hit cost about 1.3, 1.4 and 1.2 times
 * the CPU. MEMORY_SAVER=off makes the other choice.
 *
 * Set at start rather than on the command line: Node 20's V8 (11.3) does not know the flag and
 * refuses to start with it, and V8 reads it at each full collection, so setting it before the
 * first load does the same.
 */
import { setFlagsFromString } from 'node:v8'

const FLAG = 'memory-saver-mode'

/** Whether a V8 of this version has the mode: V8 13 (Node 24) does, V8 11 (Node 20) does not. */
export function hasMemorySaver(v8Version: string): boolean {
  return Number.parseInt(v8Version, 10) >= 13
}

export type MemorySaver = 'on' | 'off' | 'as-given' | 'unsupported'

/**
 * Turns the mode on when wanted (MEMORY_SAVER), unless the command line already says whether to
 * (`--memory-saver-mode` or `--no-memory-saver-mode`: the operator's choice stands) or this V8 lacks it.
 */
export function saveMemory(
  wanted: boolean,
  execArgv: readonly string[] = process.execArgv,
  v8Version: string = process.versions.v8,
  setFlags: (flags: string) => void = setFlagsFromString,
): MemorySaver {
  // V8 reads `_` and `-` in a flag's name alike.
  const given = execArgv.some((arg) => /^--(no-?)?memory[-_]saver[-_]mode(=|$)/.test(arg))
  if (given) return 'as-given'
  if (!wanted) return 'off'
  if (!hasMemorySaver(v8Version)) return 'unsupported'
  setFlags(`--${FLAG}`)
  return 'on'
}

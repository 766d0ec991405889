/**
 * V8's memory saver mode, for public-only instances. Under load V8 keeps the pages a full garbage
 * collection frees in a pool for its next allocations: some 20 MB of a public-only instance's
 * peak (bench/RESULTS.md). In memory saver mode every full collection compacts the heap and gives
 * that pool back; on Node 24 it took 10–15 MB off the peak with no difference in CPU a request
 * that the noise of this machine lets one see.
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

export type MemorySaver = 'on' | 'as-given' | 'unsupported'

/**
 * Turns the mode on, unless the command line already says whether to (`--memory-saver-mode` or
 * `--no-memory-saver-mode`: the operator's choice stands) or this V8 lacks it.
 */
export function saveMemory(
  execArgv: readonly string[] = process.execArgv,
  v8Version: string = process.versions.v8,
  setFlags: (flags: string) => void = setFlagsFromString,
): MemorySaver {
  // V8 reads `_` and `-` in a flag's name alike.
  const given = execArgv.some((arg) => /^--(no-?)?memory[-_]saver[-_]mode(=|$)/.test(arg))
  if (given) return 'as-given'
  if (!hasMemorySaver(v8Version)) return 'unsupported'
  setFlags(`--${FLAG}`)
  return 'on'
}

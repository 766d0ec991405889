/**
 * The failing tests of a node:test TAP report, each as a short block (name, where, the error, the
 * first frames of the test's own code), for the end of a run: CI keeps only part of a long log, and a
 * failure in the middle of it, with the assertion's message, was lost (only the test's name survived).
 */

/** Lines of an error message kept; an assertion's message can carry a whole report of what went wrong. */
const ERROR_LINES = 40
/** Frames of the stack kept: those in the project's files (not Node.js's, not node_modules'). */
const STACK_LINES = 4

export function failuresIn(tap: string): string[] {
  const lines = tap.split('\n')
  const failures: string[] = []
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i]!.match(/^(\s*)not ok \d+ - (.*)$/)
    if (!heading) continue
    const indent = `${heading[1]}  `
    const fields = new Map<string, string[]>()
    let field = ''
    for (i++; i < lines.length && lines[i] !== `${indent}...`; i++) {
      const line = lines[i]!
      if (!line.startsWith(indent)) break
      const body = line.slice(indent.length)
      const named = body.match(/^([A-Za-z_]+):\s?(.*)$/)
      if (named) {
        field = named[1]!
        fields.set(field, named[2] === '|-' || named[2] === '' ? [] : [unquote(named[2]!)])
      } else if (field) fields.get(field)!.push(body.replace(/^ {2}/, ''))
    }
    // A suite fails because a test in it failed, and tests are cancelled because their suite's hook
    // failed: what failed is reported on its own. A test marked todo may fail without failing the
    // run (`not ok … # TODO why`): a known gap, not a failure.
    const type = fields.get('failureType')?.[0]
    if (type === 'subtestsFailed' || type === 'cancelledByParent' || / # TODO\b/.test(heading[2]!)) continue
    const error = fields.get('error') ?? []
    const stack = (fields.get('stack') ?? [])
      .filter((frame) => frame.includes('/') && !/\bnode:|node_modules/.test(frame))
      .slice(0, STACK_LINES)
    // The test's location is counted in the transpiled file (line 2, column 5513 under tsx); a frame of the stack says it better.
    const location = stack.length === 0 ? fields.get('location')?.[0] : undefined
    failures.push(
      [
        `✖ ${heading[2]}${location ? ` (${location})` : ''}`,
        ...error.slice(0, ERROR_LINES).map((line) => `  ${line}`),
        ...(error.length > ERROR_LINES ? [`  … ${error.length - ERROR_LINES} more lines`] : []),
        ...stack.map((frame) => `    at ${frame}`),
      ].join('\n'),
    )
  }
  return failures
}

function unquote(value: string): string {
  return value.startsWith("'") && value.endsWith("'") ? value.slice(1, -1).replaceAll("''", "'") : value
}

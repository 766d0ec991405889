import assert from 'node:assert/strict'
import { it } from 'node:test'
import { failuresIn } from './tap-failures'

// A report as node:test writes it: a failing test inside a suite, a passing one, and a failing test at the top.
const REPORT = `TAP version 13
# Subtest: a rolling restart
    # Subtest: restarts A, then B
    not ok 1 - restarts A, then B
      ---
      duration_ms: 4.8
      location: '/repo/tests/e2e/rolling.test.ts:12:3'
      failureType: 'testCodeFailure'
      error: |-
        2 failed; A exited with 0
        steps:
        01:02:03.456 SIGTERM to A
      code: 'ERR_ASSERTION'
      stack: |-
        TestContext.<anonymous> (/repo/tests/e2e/rolling.test.ts:40:5)
        Test.runInAsyncScope (node:async_hooks:206:9)
        new Promise (<anonymous>)
        async helper (/repo/tests/support/server.ts:9:1)
      ...
    # Subtest: a known gap
    not ok 2 - a known gap # TODO the widget fails axe
      ---
      duration_ms: 0.3
      failureType: 'testCodeFailure'
      error: 'axe violations'
      ...
    # Subtest: never ran
    not ok 3 - never ran
      ---
      duration_ms: 0
      failureType: 'cancelledByParent'
      error: 'test did not finish before its parent and was cancelled'
      ...
    # Subtest: passes
    ok 4 - passes
      ---
      duration_ms: 0.1
      ...
    1..4
not ok 1 - a rolling restart
  ---
  duration_ms: 6.0
  type: 'suite'
  failureType: 'subtestsFailed'
  error: '1 subtest failed'
  ...
# Subtest: it's late
not ok 2 - it's late
  ---
  duration_ms: 0.2
  location: '/repo/tests/e2e/late.test.ts:2:5513'
  failureType: 'testTimeoutFailure'
  error: 'test timed out after 120000ms'
  ...
1..2
# pass 1
# fail 2
`

it('lists each failing test with its message and own frames (its location without them), not the suites around them nor the passing, todo or cancelled ones', () => {
  assert.deepEqual(failuresIn(REPORT), [
    [
      '✖ restarts A, then B',
      '  2 failed; A exited with 0',
      '  steps:',
      '  01:02:03.456 SIGTERM to A',
      '    at TestContext.<anonymous> (/repo/tests/e2e/rolling.test.ts:40:5)',
      '    at async helper (/repo/tests/support/server.ts:9:1)',
    ].join('\n'),
    ["✖ it's late (/repo/tests/e2e/late.test.ts:2:5513)", '  test timed out after 120000ms'].join('\n'),
  ])
})

it('cuts a long message, saying how much it left out', () => {
  const long = Array.from({ length: 45 }, (_, n) => `        line ${n}`).join('\n')
  const [failure] = failuresIn(`not ok 1 - long\n  ---\n  error: |-\n${long.replaceAll('        ', '    ')}\n  ...\n`)
  assert.ok(failure)
  assert.match(failure, /line 39\n {2}… 5 more lines$/)
  assert.doesNotMatch(failure, /line 40/)
})

it('finds nothing in a report without failures', () => {
  assert.deepEqual(failuresIn('TAP version 13\nok 1 - fine\n  ---\n  duration_ms: 1\n  ...\n1..1\n# pass 1\n# fail 0\n'), [])
})

import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { advisoriesIn, auditVerdict, checkAllowList } from './dependency-audit'

/** The shape `npm audit --json` gives (report format 2), trimmed to what is read. */
const report = {
  auditReportVersion: 2,
  vulnerabilities: {
    'pdfjs-dist': {
      name: 'pdfjs-dist',
      severity: 'high',
      via: [
        {
          source: 1,
          name: 'pdfjs-dist',
          title: 'Arbitrary code in PDF fonts',
          url: 'https://github.com/advisories/GHSA-wgrm-67xf-hhpq',
          severity: 'high',
        },
      ],
    },
    unpdf: { name: 'unpdf', severity: 'high', via: ['pdfjs-dist'] },
    'some-lib': {
      name: 'some-lib',
      severity: 'moderate',
      via: [
        {
          source: 2,
          name: 'some-lib',
          title: 'Slow regex',
          url: 'https://github.com/advisories/GHSA-2222-3333-4444',
          severity: 'moderate',
        },
      ],
    },
    crit: {
      name: 'crit',
      severity: 'critical',
      via: [
        {
          source: 3,
          name: 'crit',
          title: 'Prototype pollution',
          url: 'https://github.com/advisories/GHSA-9999-8888-7777',
          severity: 'critical',
        },
      ],
    },
  },
  metadata: {},
}

const entry = (advisory: string, expires: string, reason = 'Only reached with fonts we never load; fixed in the next minor.') => ({
  advisory,
  package: 'pdfjs-dist',
  reason,
  expires,
})

describe('dependency audit', () => {
  it('reads the high and critical advisories once each, not the moderate ones or the packages that only depend on them', () => {
    assert.deepEqual(
      advisoriesIn(report).map((advisory) => `${advisory.id} ${advisory.severity}`),
      ['GHSA-9999-8888-7777 critical', 'GHSA-wgrm-67xf-hhpq high'],
    )
  })

  it('refuses npm’s error answer instead of reading it as a clean report', () => {
    assert.throws(() => advisoriesIn({ statusCode: 405, error: { summary: '' } }), /could not be asked \(HTTP 405\)/)
    assert.throws(() => advisoriesIn('not json'), /no report/)
  })

  it('fails on an advisory nobody accepted and passes the ones an entry accepts', () => {
    const verdict = auditVerdict(advisoriesIn(report), [entry('GHSA-wgrm-67xf-hhpq', '2027-01-31')], '2026-11-30')
    assert.deepEqual(
      verdict.open.map((advisory) => advisory.id),
      ['GHSA-9999-8888-7777'],
    )
    assert.deepEqual(
      verdict.accepted.map((advisory) => advisory.id),
      ['GHSA-wgrm-67xf-hhpq'],
    )
    assert.equal(verdict.badEntries.length, 0)
  })

  it('fails on an expired entry, even for an advisory it would accept', () => {
    const verdict = auditVerdict(advisoriesIn(report), [entry('GHSA-wgrm-67xf-hhpq', '2026-11-29')], '2026-11-30')
    assert.equal(verdict.badEntries.length, 1)
    assert.match(verdict.badEntries[0]!.problem, /expired on 2026-11-29/)
    assert.ok(verdict.open.some((advisory) => advisory.id === 'GHSA-wgrm-67xf-hhpq'))
  })

  it('holds an entry through its last day', () => {
    assert.equal(checkAllowList([entry('GHSA-wgrm-67xf-hhpq', '2026-11-30')], '2026-11-30').bad.length, 0)
  })

  it('fails on entries without a reason, a date or a real advisory id, and on a list that is not a list', () => {
    const problems = checkAllowList(
      [
        entry('GHSA-wgrm-67xf-hhpq', '2027-01-31', ''),
        entry('GHSA-wgrm-67xf-hhpq', 'next year'),
        entry('CVE-2026-1234', '2027-01-31'),
        null,
      ],
      '2026-11-30',
    ).bad.map((bad) => bad.problem)
    assert.deepEqual(problems, [
      'reason is missing or too short to explain anything',
      'expires must be a day YYYY-MM-DD',
      'advisory must be a GHSA id',
      'not an object',
    ])
    assert.match(checkAllowList({}, '2026-11-30').bad[0]!.problem, /JSON array/)
  })

  it('names the entries whose advisory is gone, so they are removed', () => {
    const verdict = auditVerdict([], [entry('GHSA-wgrm-67xf-hhpq', '2027-01-31')], '2026-11-30')
    assert.equal(verdict.unused.length, 1)
  })
})

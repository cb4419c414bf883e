import { describe, expect, it } from 'vitest'
import type { DecisionEntry } from './decision-record-schema.ts'
import { recordText, sessionToRecord, type Session } from './session.ts'
import { validateRecordBytes, validateRecordText } from './validate-decision-record.ts'

const decision = (over: Partial<DecisionEntry> = {}): DecisionEntry => ({
  opportunityId: 'arctic-testing',
  title: { fi: 'Arktinen testaus', en: 'Arctic testing' },
  rank: 3,
  impact: 0.75,
  feasibility: 0.5,
  decision: 'prioritise',
  note: 'Rahoitus haetaan keväällä.',
  responsible: 'Lapin liitto',
  due: '2027-03-31',
  decidedAt: '2026-12-03T10:15:00.000Z',
  ...over,
})

const session = (decisions: DecisionEntry[] = [decision()]): Session => ({
  id: 'forum-2026-12',
  forum: 'Johtoryhmän strategiafoorumi',
  date: '2026-12-03',
  place: 'Rovaniemi',
  chair: 'Maakuntajohtaja',
  secretary: 'Sihteeri',
  participants: 'Noin 30 johtajaa',
  basedOn: {
    datasetId: 'lapland-s3',
    exportedAt: '2026-11-20T09:30:00+02:00',
    sha256: 'a'.repeat(64),
    weights: { 'imp-jobs': 2 },
    filters: { themes: ['energy'], q: 'vety' },
  },
  decisions,
})

const SAVED = '2026-12-03T12:00:00.000Z'
const recordWith = (patch: (r: Record<string, unknown>) => void): string => {
  const r = JSON.parse(JSON.stringify(sessionToRecord(session(), SAVED))) as Record<string, unknown>
  patch(r)
  return JSON.stringify(r)
}
const firstDecision = (r: Record<string, unknown>) =>
  (r.decisions as Record<string, unknown>[])[0] as Record<string, unknown>

describe('validateRecordText', () => {
  it('loads a record written from a session, equal to it', () => {
    const report = validateRecordText(recordText(session(), SAVED))
    expect(report.outcome).toBe('loaded')
    if (report.outcome === 'loaded') expect(report.session).toEqual(session())
  })

  it('keeps HTML and formula text as text, with a warning for the markup only', () => {
    const note = '<img src=x onerror=alert(1)> =HYPERLINK("http://x","y")'
    const report = validateRecordText(recordText(session([decision({ note })]), SAVED))
    expect(report.outcome).toBe('loaded')
    if (report.outcome !== 'loaded') return
    expect(report.session.decisions[0]?.note).toBe(note)
    expect(report.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['warning.htmlText', 'decisions.0.note'],
    ])
  })

  it('sets aside a decision with an unknown decision value, and loads the rest', () => {
    const text = recordText(session([decision(), decision({ opportunityId: 'b' })]), SAVED)
    const report = validateRecordText(text.replace('"prioritise"', '"approve"'))
    expect(report.outcome).toBe('partial')
    if (report.outcome !== 'partial') return
    expect(report.setAside.map((r) => r.id)).toEqual(['arctic-testing'])
    expect(report.problems[0]).toMatchObject({
      code: 'field.notAllowed',
      path: ['decisions', 0, 'decision'],
      params: { value: 'approve' },
    })
    expect(report.session.decisions.map((d) => d.opportunityId)).toEqual(['b'])
  })

  it('warns about an unknown field and drops it from what loads', () => {
    const report = validateRecordText(
      recordWith((r) => {
        ;(r.session as Record<string, unknown>).weather = 'cold'
        firstDecision(r).vote = 12
      }),
    )
    expect(report.outcome).toBe('loaded')
    if (report.outcome !== 'loaded') return
    expect(report.problems.map((p) => p.params.field)).toEqual(['weather', 'vote'])
    expect(report.session).toEqual(session())
  })

  it('sets aside a decision holding __proto__, and breaks the frame when the session does', () => {
    const inDecision = recordText(session(), SAVED).replace(
      '"note":',
      '"__proto__": { "polluted": true }, "note":',
    )
    const report = validateRecordText(inDecision)
    expect(report.outcome).toBe('partial')
    expect(report.problems[0]?.code).toBe('field.forbiddenKey')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()

    const inSession = recordText(session(), SAVED).replace(
      '"forum":',
      '"__proto__": { "polluted": true }, "forum":',
    )
    const broken = validateRecordText(inSession)
    expect(broken.outcome).toBe('brokenFrame')
    expect(broken.problems[0]).toMatchObject({
      code: 'field.forbiddenKey',
      path: ['session', '__proto__'],
    })
  })

  it('refuses a repeated key where it is', () => {
    const text = recordText(session(), SAVED).replace(
      '"decision": "prioritise"',
      '"decision": "discard", "decision": "prioritise"',
    )
    const report = validateRecordText(text)
    expect(report.outcome).toBe('partial')
    expect(report.problems[0]).toMatchObject({
      code: 'field.duplicateKey',
      path: ['decisions', 0, 'decision'],
    })
  })

  it('keeps the first of two decisions on one opportunity and sets the second aside', () => {
    const text = recordText(session([decision(), decision({ decision: 'discard' })]), SAVED)
    const report = validateRecordText(text)
    expect(report.outcome).toBe('partial')
    if (report.outcome !== 'partial') return
    expect(report.session.decisions.map((d) => d.decision)).toEqual(['prioritise'])
    expect(report.problems[0]?.code).toBe('decisions.duplicateOpportunity')
  })

  it('sets aside a note over 2 000 characters', () => {
    const report = validateRecordText(
      recordText(session([decision({ note: 'x'.repeat(2_001) })]), SAVED),
    )
    expect(report.outcome).toBe('partial')
    expect(report.problems[0]).toMatchObject({ code: 'field.tooBig', params: { max: 2000 } })
  })

  it('breaks the frame on an invalid session, naming the field', () => {
    const report = validateRecordText(
      recordWith((r) => ((r.session as { date: string }).date = '3.12.2026')),
    )
    expect(report.outcome).toBe('brokenFrame')
    expect(report.problems[0]).toMatchObject({
      code: 'field.invalidDate',
      path: ['session', 'date'],
    })
  })

  it('is not readable when it is not a decision record, or another version', () => {
    expect(validateRecordText('{"schemaVersion":"1.0"}').problems[0]?.code).toBe(
      'decisions.notRecord',
    )
    expect(validateRecordText(recordWith((r) => (r.version = 2))).problems[0]).toMatchObject({
      code: 'decisions.wrongVersion',
      params: { version: '2' },
    })
    expect(validateRecordText('').problems[0]?.code).toBe('unreadable.empty')
    expect(validateRecordText('{"format":').problems[0]?.code).toBe('unreadable.notJson')
    expect(validateRecordText('[1]').problems[0]?.code).toBe('unreadable.notObject')
    expect(validateRecordText('['.repeat(100)).problems[0]?.code).toBe('unreadable.tooDeep')
  })

  it('refuses an oversized file before decoding it', () => {
    const bytes = new Uint8Array(17 * 2 ** 20)
    const report = validateRecordBytes(bytes)
    expect(report.outcome).toBe('unreadable')
    expect(report.problems[0]).toMatchObject({
      code: 'unreadable.tooLarge',
      params: { sizeMb: 17, limitMb: 16 },
    })
  })

  it('breaks the frame when a list holds more entries than the validator reads', () => {
    const many = recordWith((r) => (r.decisions = Array.from({ length: 10_001 }, () => 1)))
    const report = validateRecordText(many)
    expect(report.outcome).toBe('brokenFrame')
    expect(report.problems[0]?.code).toBe('field.tooManyEntries')
  })
})

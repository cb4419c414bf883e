import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { GROWTH_GOALS, STATUSES } from '../format/export-vocabulary.ts'
import { MAX_NOTE_LENGTH, type DecisionEntry } from './decision-record-schema.ts'
import { DECISIONS } from './decision-vocabulary.ts'
import { recordText, type Session } from './session.ts'
import { validateRecordText } from './validate-decision-record.ts'

const id = fc.stringMatching(/^[a-z0-9][a-z0-9._-]{0,20}$/)
const day = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const instant = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString())
// Any text, markup and formulas included: a record keeps it as it came.
const anyText = (max: number) =>
  fc.string({ unit: 'grapheme', maxLength: max }).filter((s) => s.length <= max)
const axis = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })

const entry: fc.Arbitrary<DecisionEntry> = fc
  .record(
    {
      opportunityId: id,
      title: fc.oneof(
        anyText(40).filter((s) => s !== ''),
        fc.record({ fi: fc.constant('Otsikko'), en: anyText(40) }, { requiredKeys: ['fi'] }),
      ),
      rank: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: null }),
      impact: axis,
      feasibility: axis,
      decision: fc.constantFrom(...DECISIONS),
      note: anyText(MAX_NOTE_LENGTH),
      responsible: anyText(200),
      responsibleActor: id,
      due: day,
      decidedAt: instant,
    },
    { requiredKeys: ['opportunityId', 'title', 'rank', 'impact', 'feasibility', 'decision'] },
  )
  .map((e) => ({ note: '', responsible: '', decidedAt: '2026-12-03T10:00:00.000Z', ...e }))

const session: fc.Arbitrary<Session> = fc
  .record(
    {
      id,
      forum: anyText(200).filter((s) => s !== ''),
      date: day,
      place: anyText(200),
      chair: anyText(200),
      secretary: anyText(200),
      participants: anyText(400),
      basedOn: fc.record({
        datasetId: id,
        exportedAt: instant,
        sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
        weights: fc.dictionary(id, fc.double({ min: 0, max: 10, noNaN: true })),
        filters: fc.record(
          {
            themes: fc.array(id, { maxLength: 3 }),
            goals: fc.subarray([...GROWTH_GOALS]),
            statuses: fc.subarray([...STATUSES]),
            q: anyText(200),
          },
          { requiredKeys: [] },
        ),
      }),
      decisions: fc.uniqueArray(entry, { selector: (e) => e.opportunityId, maxLength: 8 }),
    },
    { requiredKeys: ['id', 'forum', 'date', 'basedOn', 'decisions'] },
  )
  .filter((s) => !Object.keys(s.basedOn.weights).includes('__proto__'))

describe('decision record, property', () => {
  it('round trip: a session written as a record loads back equal', () => {
    fc.assert(
      fc.property(session, instant, (s, savedAt) => {
        const report = validateRecordText(recordText(s, savedAt))
        expect(report.outcome === 'loaded' || report.outcome === 'partial').toBe(true)
        if (report.outcome !== 'loaded') throw new Error(JSON.stringify(report.problems))
        expect(report.session).toEqual(s)
        // Warnings only: text that looks like HTML is kept as text.
        expect(report.problems.every((p) => p.severity === 'warning')).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(() => validateRecordText(text)).not.toThrow()
      }),
    )
  })
})

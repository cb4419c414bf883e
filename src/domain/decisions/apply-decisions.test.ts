import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateExportText } from '../validate/validate-export.ts'
import { applyDecisions, forumSourceId } from './apply-decisions.ts'
import type { DecisionEntry } from './decision-record-schema.ts'
import { DECISIONS, statusAfterDecision } from './decision-vocabulary.ts'
import type { Session } from './session.ts'

type Json = Record<string, unknown>
const demoText = readFileSync(new URL('../../../mocks/demo-export.json', import.meta.url), 'utf8')
const demo = JSON.parse(demoText) as Json & { opportunities: Json[]; dataset: { id: string } }
const ids = demo.opportunities.map((o) => o.id as string)

const entry = (opportunityId: string, decision: DecisionEntry['decision']): DecisionEntry => ({
  opportunityId,
  title: opportunityId,
  rank: null,
  impact: null,
  feasibility: null,
  decision,
  note: '',
  responsible: '',
  decidedAt: '2026-12-03T10:00:00.000Z',
})

const sessionOf = (decisions: DecisionEntry[], datasetId = demo.dataset.id): Session => ({
  id: '2026-12-03-rovaniemi',
  forum: 'Johtoryhmän strategiafoorumi',
  date: '2026-12-03',
  place: 'Rovaniemi',
  basedOn: {
    datasetId,
    exportedAt: demo.exportedAt as string,
    sha256: '0'.repeat(64),
    weights: {},
    filters: {},
  },
  decisions,
})

const decisionsArb = fc.uniqueArray(
  fc.record({ id: fc.constantFrom(...ids), decision: fc.constantFrom(...DECISIONS) }),
  { selector: (d) => d.id, maxLength: 20 },
)

const DAY = '2026-12-04'

describe('applyDecisions on the demo export', () => {
  it('property: the result loads and changes only what the decisions say', () => {
    fc.assert(
      fc.property(decisionsArb, (picked) => {
        const session = sessionOf(picked.map((d) => entry(d.id, d.decision)))
        const result = applyDecisions(demo, session, DAY)
        if (!result.ok) throw new Error(result.reason)
        const next = result.next as typeof demo
        expect(validateExportText(JSON.stringify(next)).outcome).toBe('loaded')
        const byId = new Map(picked.map((d) => [d.id, d.decision]))
        const decidedIds = picked.filter((d) => d.decision !== 'noDecision').map((d) => d.id)
        expect(result.changed.sort()).toEqual([...decidedIds].sort())
        expect(result.missing).toEqual([])
        next.opportunities.forEach((o, i) => {
          const before = demo.opportunities[i] as Json
          const decision = byId.get(o.id as string)
          if (decision === undefined || decision === 'noDecision') {
            expect(o).toBe(before)
            return
          }
          const { status, sources, updatedAt, ...rest } = o
          const { status: s0, sources: src0, updatedAt: _u, ...rest0 } = before
          expect(rest).toEqual(rest0)
          expect(status).toBe(statusAfterDecision(decision, s0 as never))
          expect(sources).toEqual([...((src0 as string[]) ?? []), forumSourceId(session)])
          expect(updatedAt).toBe(DAY)
        })
        const { opportunities: _o, sources, ...root } = next
        const { opportunities: _o0, sources: sources0, ...root0 } = demo
        expect(root).toEqual(root0)
        const added = decidedIds.length > 0 ? 1 : 0
        expect((sources as unknown[]).length).toBe((sources0 as unknown[]).length + added)
      }),
      { numRuns: 40 },
    )
  })

  it('adds the session to the sources as a forum, with its date and place', () => {
    const result = applyDecisions(demo, sessionOf([entry(ids[0] as string, 'plan')]), DAY)
    if (!result.ok) throw new Error(result.reason)
    expect((result.next.sources as Json[]).at(-1)).toEqual({
      id: 'forum-2026-12-03-rovaniemi',
      kind: 'forum',
      name: 'Johtoryhmän strategiafoorumi',
      date: '2026-12-03',
      location: 'Rovaniemi',
    })
  })

  it('property: an empty record changes nothing', () => {
    fc.assert(
      fc.property(fc.constantFrom(DAY, '2030-01-01'), (day) => {
        const result = applyDecisions(demo, sessionOf([]), day)
        expect(result.ok && result.next).toEqual(demo)
        expect(JSON.stringify(result.ok && result.next)).toBe(JSON.stringify(demo))
      }),
    )
  })

  it('names decisions on opportunities the export does not hold, and applies the rest', () => {
    const result = applyDecisions(
      demo,
      sessionOf([entry('gone-1', 'discard'), entry(ids[1] as string, 'hold')]),
      DAY,
    )
    expect(result.ok && result.missing.map((d) => d.opportunityId)).toEqual(['gone-1'])
    expect(result.ok && result.changed).toEqual([ids[1]])
  })

  it('refuses a record made on another dataset', () => {
    expect(applyDecisions(demo, sessionOf([], 'other-region'), DAY)).toEqual({
      ok: false,
      reason: 'otherDataset',
      exportDataset: demo.dataset.id,
      recordDataset: 'other-region',
    })
  })

  it('does not change its input', () => {
    const before = JSON.stringify(demo)
    applyDecisions(demo, sessionOf([entry(ids[0] as string, 'discard')]), DAY)
    expect(JSON.stringify(demo)).toBe(before)
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { OpportunityInput } from '../format/export-schema.ts'
import { loadTestExport, testExport } from '../../../tests/fixtures/export-fixture.ts'
import { compareExports } from './compare-exports.ts'
import type { Comparison, OpportunityChange, ScoreChange } from './comparison.ts'

/**
 * Properties of the comparison over exports nobody wrote by hand, drawn from one small pool
 * of ids so that most pairs share some opportunities and differ in a few fields.
 */

const RUNS = { numRuns: 60 }
const STATUSES = ['identified', 'prioritised', 'planned', 'inProgress'] as const

const criteria = [
  { id: 'imp', axis: 'impact' as const, name: 'Vaikutus' },
  { id: 'fea', axis: 'feasibility' as const, name: 'Toteutettavuus' },
  { id: 'fea2', axis: 'feasibility' as const, name: 'Toimijat', weight: 2 },
]

const score = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null })

const record = (id: string) =>
  fc
    .record({
      title: fc.constantFrom('Kaivos', 'Matkailu', 'Biotalous'),
      status: fc.constantFrom(...STATUSES),
      imp: score,
      fea: score,
      fea2: score,
      start: fc.integer({ min: 2023, max: 2025 }),
      length: fc.integer({ min: 0, max: 3 }),
      milestone: fc.option(fc.constantFrom('2025-01', '2026-06'), { nil: null }),
      done: fc.boolean(),
    })
    .map((r): OpportunityInput => ({
      id,
      title: r.title,
      theme: 'th-a',
      growthGoals: ['business'],
      status: r.status,
      scores: { imp: r.imp, fea: r.fea, fea2: r.fea2 },
      horizon: { start: String(r.start), end: String(r.start + r.length) },
      ...(r.milestone
        ? { milestones: [{ date: r.milestone, name: 'Pilotti', done: r.done }] }
        : {}),
    }))

const exportArb = fc
  .subarray(['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7', 'o8'])
  .chain((ids) => fc.tuple(...ids.map(record)))
  .map((opportunities) =>
    loadTestExport(
      testExport({ themes: [{ id: 'th-a', name: 'Teema' }], criteria, opportunities }),
    ),
  )

const swapped = { added: 'removed', removed: 'added', changed: 'changed', unchanged: 'unchanged' }

const negated = (c: ScoreChange): ScoreChange => ({
  then: c.now,
  now: c.then,
  delta: c.delta === null ? null : -c.delta + 0,
})

const byId = (r: Comparison) => new Map<string, OpportunityChange>(r.changes.map((c) => [c.id, c]))

describe('compareExports, properties', () => {
  it('finds no change between an export and itself', () => {
    fc.assert(
      fc.property(exportArb, (data) => {
        const r = compareExports(data, data)
        expect(r.changes.every((c) => c.change === 'unchanged' && c.fields.length === 0)).toBe(true)
        expect(r.counts.moved + r.counts.statusChanged + r.counts.added).toBe(0)
        expect(r.frame.criteria).toEqual([])
      }),
      RUNS,
    )
  })

  it('swaps added and removed and negates every delta when the two are swapped', () => {
    fc.assert(
      fc.property(exportArb, exportArb, (a, b) => {
        const forward = byId(compareExports(a, b))
        const backward = byId(compareExports(b, a))
        expect([...backward.keys()].sort()).toEqual([...forward.keys()].sort())
        for (const [id, f] of forward) {
          const g = backward.get(id) as OpportunityChange
          expect(g.change).toBe(swapped[f.change])
          expect(g.fields).toEqual(f.fields)
          for (const k of ['impact', 'feasibility', 'priority', 'rank', 'ownRank'] as const)
            expect(g[k]).toEqual(negated(f[k]))
          expect(g.moved).toBe(f.moved)
        }
      }),
      RUNS,
    )
  })

  it('reports each changed field exactly once, and only fields that differ', () => {
    fc.assert(
      fc.property(exportArb, exportArb, (a, b) => {
        for (const c of compareExports(a, b).changes) {
          const keys = c.fields.map((f) => `${f.field}:${f.criterion ?? ''}`)
          expect(new Set(keys).size).toBe(keys.length)
          if (!c.then || !c.now) continue
          const { then, now } = c
          expect(keys.includes('status:')).toBe(then.status !== now.status)
          expect(keys.includes('title:')).toBe(then.title !== now.title)
          for (const k of ['imp', 'fea', 'fea2'])
            expect(keys.includes(`score:${k}`)).toBe(then.scores?.[k] !== now.scores?.[k])
          expect(keys.includes('horizonEnd:')).toBe(then.horizon?.end !== now.horizon?.end)
        }
      }),
      RUNS,
    )
  })

  it('counts match the classes, and no id is both kept and added', () => {
    fc.assert(
      fc.property(exportArb, exportArb, (a, b) => {
        const r = compareExports(a, b)
        for (const k of ['added', 'removed', 'changed', 'unchanged'] as const)
          expect(r.counts[k]).toBe(r.changes.filter((c) => c.change === k).length)
        const kept = r.changes.filter((c) => c.then && c.now).length
        expect(r.noCommonIds).toBe(kept === 0 && r.counts.added > 0 && r.counts.removed > 0)
      }),
      RUNS,
    )
  })
})

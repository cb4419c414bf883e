import { describe, expect, it } from 'vitest'
import type { ExportInput, OpportunityInput } from '../format/export-schema.ts'
import { loadTestExport, testExport } from '../../../tests/fixtures/export-fixture.ts'
import { compareExports } from './compare-exports.ts'
import type { OpportunityChange } from './comparison.ts'

const criteria: ExportInput['criteria'] = [
  { id: 'imp', axis: 'impact', name: 'Vaikutus', weight: 1 },
  { id: 'fea', axis: 'feasibility', name: 'Toteutettavuus', weight: 1 },
]

function opportunity(id: string, over: Partial<OpportunityInput> = {}): OpportunityInput {
  return {
    id,
    title: { fi: `Mahdollisuus ${id}`, en: `Opportunity ${id}` },
    theme: 'th-a',
    growthGoals: ['business'],
    status: 'planned',
    scores: { imp: 3, fea: 3 },
    horizon: { start: '2024', end: '2026' },
    ...over,
  }
}

function load(opportunities: OpportunityInput[], over: Partial<ExportInput> = {}) {
  return loadTestExport(
    testExport({ themes: [{ id: 'th-a', name: 'Teema' }], criteria, opportunities, ...over }),
  )
}

const byId = (changes: OpportunityChange[], id: string) => {
  const c = changes.find((x) => x.id === id)
  if (!c) throw new Error(`no change for ${id}`)
  return c
}

describe('compareExports', () => {
  it('classes opportunities as added, removed, changed and unchanged by id', () => {
    const baseline = load([opportunity('a'), opportunity('b'), opportunity('c')])
    const current = load([
      opportunity('a'),
      opportunity('c', { status: 'inProgress' }),
      opportunity('d'),
    ])
    const result = compareExports(baseline, current)
    expect(result.changes.map((c) => [c.id, c.change])).toEqual([
      ['a', 'unchanged'],
      ['c', 'changed'],
      ['d', 'added'],
      ['b', 'removed'],
    ])
    expect(result.counts).toEqual({
      added: 1,
      removed: 1,
      changed: 1,
      unchanged: 1,
      statusChanged: 1,
      moved: 0,
    })
    expect(byId(result.changes, 'c').fields).toEqual([
      { field: 'status' },
      { field: 'rank' },
      { field: 'ownRank' },
    ])
  })

  it('names each changed field once, scores by criterion, with the axes and ranks they move', () => {
    const baseline = load([opportunity('a'), opportunity('b', { scores: { imp: 4, fea: 4 } })])
    const current = load([
      opportunity('a', {
        title: { fi: 'Uusi nimi', en: 'Opportunity a' },
        scores: { imp: 5, fea: 5 },
        horizon: { start: '2025', end: '2026' },
        milestones: [{ date: '2025-06', name: 'Pilotti' }],
        budgetEur: 1000,
        dependsOn: ['b'],
      }),
      opportunity('b', { scores: { imp: 4, fea: 4 } }),
    ])
    const a = byId(compareExports(baseline, current).changes, 'a')
    expect(a.fields).toEqual([
      { field: 'title' },
      { field: 'score', criterion: 'imp' },
      { field: 'score', criterion: 'fea' },
      { field: 'impact' },
      { field: 'feasibility' },
      { field: 'priority' },
      { field: 'rank' },
      { field: 'ownRank' },
      { field: 'horizonStart' },
      { field: 'milestones' },
      { field: 'budget' },
      { field: 'dependencies' },
    ])
    expect(a.impact).toEqual({ then: 50, now: 100, delta: 50 })
    expect(a.rank).toEqual({ then: 2, now: 1, delta: 1 })
    expect(a.milestones).toEqual([
      { kind: 'added', name: 'Pilotti', dateThen: null, dateNow: '2025-06' },
    ])
    expect(a.moved).toBe(true)
  })

  it('reads a localized text written in another key order as the same text', () => {
    const baseline = load([opportunity('a', { title: { en: 'A', fi: 'A fi' } })])
    const current = load([opportunity('a', { title: { fi: 'A fi', en: 'A' } })])
    expect(compareExports(baseline, current).changes[0]?.change).toBe('unchanged')
  })

  it('reads clusters, goals and sources as sets', () => {
    const baseline = load([opportunity('a', { growthGoals: ['business', 'rdi'] })])
    const current = load([opportunity('a', { growthGoals: ['rdi', 'business'] })])
    expect(compareExports(baseline, current).changes[0]?.fields).toEqual([])
  })

  it('tells milestones moved and done apart from added and removed', () => {
    const baseline = load([
      opportunity('a', {
        milestones: [
          { date: '2025-01', name: 'Selvitys' },
          { date: '2025-06', name: 'Pilotti' },
          { date: '2026-01', name: 'Loppuraportti' },
        ],
      }),
    ])
    const current = load([
      opportunity('a', {
        milestones: [
          { date: '2025-01', name: 'Selvitys', done: true },
          { date: '2025-09', name: 'Pilotti' },
          { date: '2026-06', name: 'Laajennus' },
        ],
      }),
    ])
    expect(compareExports(baseline, current).changes[0]?.milestones.map((m) => m.kind)).toEqual([
      'done',
      'moved',
      'added',
      'removed',
    ])
  })

  it('ranks both exports with the current weights, and each with its own for ownRank', () => {
    const scores = { a: { imp: 5, fea: 1 }, b: { imp: 1, fea: 4 } }
    const baselineCriteria = criteria.map((c) => (c.id === 'fea' ? { ...c, weight: 3 } : c))
    const baseline = load(
      [opportunity('a', { scores: scores.a }), opportunity('b', { scores: scores.b })],
      {
        criteria: baselineCriteria,
      },
    )
    const current = load([
      opportunity('a', { scores: scores.a }),
      opportunity('b', { scores: scores.b }),
    ])
    const result = compareExports(baseline, current)
    const a = byId(result.changes, 'a')
    // Same scores, same current weights: no rank change; by each export's own weights, a rose.
    expect(a.rank.delta).toBe(0)
    expect(a.ownRank).toEqual({ then: 2, now: 1, delta: 1 })
    expect(a.fields).toEqual([{ field: 'ownRank' }])
    expect(a.change).toBe('unchanged')
    expect(result.frame.criteria).toEqual([{ kind: 'weight', id: 'fea' }])
    expect(result.frame.differentCriteria).toBe(false)
    // What-if weights apply to both, and flip the order the same way.
    const whatIf = compareExports(baseline, current, { weights: { fea: 10 } })
    expect(byId(whatIf.changes, 'a').rank).toEqual({ then: 2, now: 2, delta: 0 })
  })

  it('reports criteria added and removed, and compares scores only on criteria both have', () => {
    const baseline = load([opportunity('a', { scores: { imp: 3, fea: 3, old: 2 } })], {
      criteria: [...criteria, { id: 'old', axis: 'impact', name: 'Vanha' }],
    })
    const current = load([opportunity('a', { scores: { imp: 3, fea: 3, uusi: 5 } })], {
      criteria: [...criteria, { id: 'uusi', axis: 'feasibility', name: 'Uusi', min: 0, max: 10 }],
    })
    const result = compareExports(baseline, current)
    expect(result.frame.criteria).toEqual([
      { kind: 'added', id: 'uusi' },
      { kind: 'removed', id: 'old' },
    ])
    expect(result.frame.differentCriteria).toBe(true)
    expect(result.changes[0]?.fields.filter((f) => f.field === 'score')).toEqual([])
  })

  it('reports themes renamed, added and removed', () => {
    const baseline = load([opportunity('a')], {
      themes: [
        { id: 'th-a', name: 'Teema' },
        { id: 'th-old', name: 'Vanha' },
      ],
    })
    const current = load([opportunity('a')], {
      themes: [
        { id: 'th-a', name: 'Teema, uusi nimi' },
        { id: 'th-new', name: 'Uusi' },
      ],
    })
    expect(compareExports(baseline, current).frame.themes).toEqual([
      { kind: 'renamed', id: 'th-a' },
      { kind: 'added', id: 'th-new' },
      { kind: 'removed', id: 'th-old' },
    ])
  })

  it('flags two exports with no id in common', () => {
    const result = compareExports(load([opportunity('a')]), load([opportunity('b')]))
    expect(result.noCommonIds).toBe(true)
    expect(compareExports(load([opportunity('a')]), load([opportunity('a')])).noCommonIds).toBe(
      false,
    )
  })

  it('leaves set-aside ids out: neither dropped nor new', () => {
    const result = compareExports(
      load([opportunity('a'), opportunity('b')]),
      load([opportunity('a')]),
      {
        leftOut: new Set(['b']),
      },
    )
    expect(result.counts.removed).toBe(0)
    expect(result.changes.map((c) => c.id)).toEqual(['a'])
  })

  it('counts as moved a rank change of 3 places or an axis change of 10 points, as set', () => {
    const ids = ['a', 'b', 'c', 'd']
    const baseline = load(ids.map((id, k) => opportunity(id, { scores: { imp: 5 - k, fea: 3 } })))
    const current = load(
      ids.map((id, k) =>
        opportunity(id, { scores: { imp: id === 'd' ? 5 : 5 - k, fea: id === 'd' ? 4 : 3 } }),
      ),
    )
    const d = () => byId(compareExports(baseline, current).changes, 'd')
    expect(d().rank).toEqual({ then: 4, now: 1, delta: 3 })
    expect(d().moved).toBe(true)
    const strict = compareExports(baseline, current, { thresholds: { rank: 4, axis: 80 } })
    expect(byId(strict.changes, 'd').moved).toBe(false)
    expect(strict.counts.moved).toBe(0)
  })

  it('says whether both exports are of the same dataset', () => {
    const other = load([opportunity('a')], {
      dataset: {
        id: 'muu',
        title: 'Muu',
        defaultLanguage: 'fi',
        strategyPeriod: { start: 2023, end: 2027 },
      },
    })
    expect(compareExports(other, load([opportunity('a')])).sameDataset).toBe(false)
  })

  it('still reports ranks moved by weights when both exports hold the very same records', () => {
    const records = [
      opportunity('a', { scores: { imp: 5, fea: 1 } }),
      opportunity('b', { scores: { imp: 1, fea: 4 } }),
    ]
    const heavierFeasibility = criteria.map((c) => (c.id === 'fea' ? { ...c, weight: 3 } : c))
    const baseline = load(records, { criteria: heavierFeasibility })
    // The same record objects: a history entry and the current export can share them.
    const current = { ...load(records), opportunities: baseline.opportunities }
    const a = byId(compareExports(baseline, current).changes, 'a')
    expect(a.then).toBe(a.now)
    expect(a.ownRank).toEqual({ then: 2, now: 1, delta: 1 })
    expect(a.fields).toEqual([{ field: 'ownRank' }])
    expect(a.change).toBe('unchanged')
  })
})

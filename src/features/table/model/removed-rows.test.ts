import { describe, expect, it } from 'vitest'
import type { OpportunityChange } from '../../../domain/compare/comparison.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import type { ScoreTable } from '../../../domain/scoring/score-table.ts'
import { createTableModel, type TableLabels } from './table-row-model.ts'
import { sortPositions } from './table-sort.ts'
import { removedChanges, removedPositions, withRemovedRows } from './removed-rows.ts'

const record = (id: string, title: string) => ({
  id,
  title: { en: title },
  summary: { en: '' },
  theme: 'th',
  status: 'identified',
  growthGoals: [],
})

const data = {
  dataset: { defaultLanguage: 'en' },
  themes: [{ id: 'th', name: { en: 'Theme' } }],
  clusters: [],
  actors: [],
  criteria: [],
  opportunities: [{ id: 'a', index: 0, record: record('a', 'Bravo'), horizonRange: null }],
} as unknown as NormalisedExport

const scores: ScoreTable = {
  impact: Float64Array.of(0.5),
  feasibility: Float64Array.of(0.4),
  priority: Float64Array.of(0.45),
  flags: Uint8Array.of(0),
  rank: Int32Array.of(1),
}

const score = (then: number | null) => ({ then, now: null, delta: null })
const gone = {
  id: 'z',
  change: 'removed',
  then: record('z', 'Alpha'),
  now: null,
  impact: score(80),
  feasibility: score(20),
  priority: score(50),
  rank: { then: 4, now: null, delta: null },
} as unknown as OpportunityChange

describe('removedChanges', () => {
  it('keeps the removed ones only', () => {
    const kept = { ...gone, id: 'k', change: 'changed' } as OpportunityChange
    expect(removedChanges([kept, gone]).map((c) => c.id)).toEqual(['z'])
  })
})

describe('withRemovedRows', () => {
  it('returns the same data when nothing is removed', () => {
    const rows = withRemovedRows(data, scores, [])
    expect(rows.data).toBe(data)
    expect(rows.scores).toBe(scores)
    expect(rows.removedFrom).toBe(1)
  })

  it('appends the removed ones with their baseline values and no current rank', () => {
    const rows = withRemovedRows(data, scores, [gone])
    expect(rows.removedFrom).toBe(1)
    expect(rows.data.opportunities.map((o) => o.id)).toEqual(['a', 'z'])
    expect(data.opportunities).toHaveLength(1)
    expect([...rows.scores.impact]).toEqual([0.5, 0.8])
    expect([...rows.scores.rank]).toEqual([1, 0])

    const labels = { status: (s: string) => s } as unknown as TableLabels
    const byId = new Map([['z', gone]])
    const model = createTableModel(rows.data, rows.scores, 'en', labels, {
      byId,
      changeLabel: (c) => c,
      fieldLabel: () => '',
    })
    expect(model.value('title', 1)).toBe('Alpha')
    expect(model.value('impact', 1)).toBe(80)
    expect(model.value('rank', 1)).toBeNull()
    expect(model.value('rankThen', 1)).toBe(4)
    expect(model.value('change', 1)).toBe('removed')
    // Sorted with the rest: by title, the removed "Alpha" comes first.
    const order = sortPositions(2, [model.keys('title')], [false])
    expect([...order]).toEqual([1, 0])
  })
})

describe('removedPositions', () => {
  it('numbers them after the current ones', () => {
    expect(removedPositions(3, 2)).toEqual([3, 4])
  })
})

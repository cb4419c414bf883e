import { describe, expect, it } from 'vitest'
import {
  NO_FILTERS,
  buildSearchIndex,
  filterOpportunities,
} from '../../../domain/dataset/filter-opportunities.ts'
import type { UiLanguage } from '../../../domain/format/languages.ts'
import { createScoreTable } from '../../../domain/scoring/score-table.ts'
import { scoreOpportunities } from '../../../domain/scoring/scoring.ts'
import { otherFacetCounts as tableFacetCounts } from '../../shared/filters/facet-options.ts'
import { quadrantOf } from '../../../domain/scoring/quadrant.ts'
import { createTableModel, dayKey, scoreQuadrantAt } from './table-row-model.ts'
import { sortPositions } from './table-sort.ts'
import { offerTitleRanks } from '../../../domain/text/sort-seeds.ts'
import { titleRanks } from '../../../domain/text/title-ranks.ts'
import { loadFixture, tableFixture, testLabels } from '../../../../tests/fixtures/table-fixture.ts'

const data = loadFixture()
const model = (lang: UiLanguage = 'fi', scores = data.scores) =>
  createTableModel(data, scores, lang, testLabels)
const ids = (order: ArrayLike<number>) =>
  Array.from(order, (p) => data.opportunities[p]?.id as string)
const sortedBy = (m: ReturnType<typeof model>, column: string, desc = false) =>
  ids(sortPositions(data.opportunities.length, [m.keys(column)], [desc]))

/** The table's quadrant of one opportunity with these axis means (NaN: no score). */
function quadrantFor(impact: number, feasibility: number) {
  const scores = createScoreTable(1)
  scores.impact[0] = impact
  scores.feasibility[0] = feasibility
  return scoreQuadrantAt(scores, 0)
}

describe('table values', () => {
  it('gives each column its value, null where empty', () => {
    const m = model('fi')
    expect(m.value('id', 0)).toBe('op-1')
    expect(m.value('title', 0)).toBe('Öljyntorjunta')
    expect(m.value('theme', 0)).toBe('Energia')
    expect(m.value('clusters', 0)).toBe('Teollisuus, Matkailu')
    expect(m.value('clusters', 1)).toBeNull()
    expect(m.value('goals', 1)).toBe('goal:wellbeing, goal:rdi')
    expect(m.value('status', 0)).toBe('status:planned')
    expect(m.value('score.imp', 3)).toBe(2)
    expect(m.value('score.imp', 2)).toBeNull()
    expect(m.value('impact', 0)).toBe(100)
    expect(m.value('priority', 3)).toBe(12.5)
    expect(m.value('rank', 0)).toBe(1)
    expect(m.value('quadrant', 0)).toBe('quadrant:actNow')
    expect(m.value('quadrant', 2)).toBeNull()
    expect(m.value('start', 0)).toBe('2025-01-01')
    expect(m.value('end', 0)).toBe('2026-06-30')
    expect(m.value('budget', 3)).toBe(1000000)
    expect(m.value('budget', 2)).toBeNull()
    expect(m.value('lead', 0)).toBe('Lapin liitto')
    expect(m.value('lead', 1)).toBeNull()
    expect(m.value('sources', 0)).toBe(0)
    expect(m.value('updated', 4)).toBe('2025-12-31')
  })

  it('shows titles in the UI language, falling back to another', () => {
    expect(model('en').value('title', 0)).toBe('Oil spill response')
    expect(model('sv').value('title', 2)).toBe('Åkerbär')
    expect(model('en').value('title', 1)).toBe('Zeniitti')
  })

  it('places quadrants at the middle of each axis', () => {
    expect(quadrantFor(0.5, 0.5)).toBe('actNow')
    expect(quadrantFor(0.9, 0.1)).toBe('buildConditions')
    expect(quadrantFor(0.1, 0.9)).toBe('quickWins')
    expect(quadrantFor(0.49, 0.49)).toBe('reconsider')
    expect(quadrantFor(Number.NaN, 0.9)).toBeNull()
    expect(quadrantFor(0.9, Number.NaN)).toBeNull()
    expect(scoreQuadrantAt(createScoreTable(1), 3)).toBeNull()
  })

  it('agrees with the matrix at the middle of each axis, where the middle counts as high', () => {
    // Exactly at the middle on one axis, just below on the other.
    expect(quadrantFor(0.5, 0.4999)).toBe('buildConditions')
    expect(quadrantFor(0.4999, 0.5)).toBe('quickWins')
    for (const i of [0.4999, 0.5, 0.5001])
      for (const f of [0.4999, 0.5, 0.5001]) expect(quadrantFor(i, f)).toBe(quadrantOf(f, i))
    // A score of 3 on a 1–5 scale is the middle: the table's column says "act now", as the chart.
    const middle = loadFixture({
      ...tableFixture,
      opportunities: [{ ...tableFixture.opportunities[0], scores: { imp: 3, fea: 3 } }],
    })
    expect(createTableModel(middle, middle.scores, 'fi', testLabels).value('quadrant', 0)).toBe(
      'quadrant:actNow',
    )
  })

  it('reads days as yyyymmdd keys', () => {
    expect(dayKey('2026-03-01')).toBe(20260301)
    expect(dayKey(null)).toBeNaN()
  })
})

describe('sorting table columns', () => {
  it('sorts titles in the UI language collation, empty values last', () => {
    // fi: Å Ä Ö after Z; Ŋ with N.
    expect(sortedBy(model('fi'), 'title')).toEqual(['op-5', 'op-4', 'op-2', 'op-3', 'op-1'])
    // en: Å with A, the English title of op-1.
    expect(sortedBy(model('en'), 'title')).toEqual(['op-5', 'op-3', 'op-4', 'op-1', 'op-2'])
  })

  it('sorts titles by the worker’s ranks when offered, which equal its own', () => {
    // What the worker makes (title-ranks.ts) is what the table would make itself.
    for (const lang of ['fi', 'sv', 'en'] as const)
      expect(titleRanks(data, lang)).toEqual(model(lang).keys('title'))
    // Offered ranks are used as they are, in their language only.
    const offered = new Float64Array([4, 3, 2, 1, 0])
    offerTitleRanks(data, 'sv', offered)
    expect(model('fi').keys('title')).not.toBe(offered)
    expect(model('sv').keys('title')).toBe(offered)
  })

  it('sorts numbers and dates numerically, empty last in both directions', () => {
    const m = model()
    expect(sortedBy(m, 'budget')).toEqual(['op-2', 'op-1', 'op-4', 'op-3', 'op-5'])
    expect(sortedBy(m, 'budget', true)).toEqual(['op-4', 'op-1', 'op-2', 'op-3', 'op-5'])
    expect(sortedBy(m, 'updated')).toEqual(['op-5', 'op-1', 'op-2', 'op-3', 'op-4'])
    expect(sortedBy(m, 'start', true)).toEqual(['op-1', 'op-3', 'op-2', 'op-4', 'op-5'])
  })

  it('sorts statuses by their life cycle and priority as the rank does', () => {
    const m = model()
    expect(sortedBy(m, 'status')).toEqual(['op-2', 'op-1', 'op-4', 'op-5', 'op-3'])
    expect(sortedBy(m, 'priority', true)).toEqual(sortedBy(m, 'rank'))
  })

  it('uses what-if weights for scores and ranks', () => {
    // Feasibility weighted out: op-2 (impact 1) falls to the bottom of the ranked ones.
    const scores = scoreOpportunities(data, { fea: 0 })
    const m = model('fi', scores)
    expect(m.value('priority', 1)).toBe(0)
    expect(sortedBy(m, 'rank')).toEqual(['op-1', 'op-5', 'op-4', 'op-2', 'op-3'])
  })
})

describe('search and facet counts over the table', () => {
  const search = (q: string, lang: UiLanguage) =>
    ids(filterOpportunities(data, buildSearchIndex(data, lang), { ...NO_FILTERS, q }))

  it('matches titles in every content language, ignoring case and Sámi diacritics', () => {
    expect(search('öljy', 'fi')).toEqual(['op-1'])
    expect(search('OIL spill', 'fi')).toEqual(['op-1'])
    expect(search('nuolla', 'fi')).toEqual(['op-4'])
    expect(search('akerbar', 'en')).toEqual(['op-3'])
    // In Finnish, å and ä are letters of their own.
    expect(search('akerbar', 'fi')).toEqual([])
    expect(search('OP-2', 'sv')).toEqual(['op-2'])
  })

  it('counts each value with the other filters and the range mask applied', () => {
    const index = buildSearchIndex(data, 'fi')
    const all = tableFacetCounts(data, index, NO_FILTERS, 'cluster', null)
    expect(Object.fromEntries(all)).toEqual({ 'cl-a': 1, 'cl-b': 2 })
    const ranged = Uint8Array.from([0, 1, 1, 1, 1])
    const some = tableFacetCounts(
      data,
      index,
      { ...NO_FILTERS, themes: ['th-energy'] },
      'status',
      ranged,
    )
    expect(some.get('planned')).toBe(1)
    expect(some.get('inProgress')).toBe(1)
  })
})

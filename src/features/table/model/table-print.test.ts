import { describe, expect, it } from 'vitest'
import type { TableGroup } from './table-group.ts'
import { budgetTotal, printSections, printsLandscape } from './table-print.ts'

const group = (value: string, positions: number[]): TableGroup => ({
  value,
  positions,
  budgetSum: 0,
  budgetCount: 0,
  priorityMean: null,
})

describe('printSections', () => {
  it('prints an ungrouped table as one section in the table’s order', () => {
    expect(printSections(Int32Array.from([4, 0, 2]), null)).toEqual([
      { group: null, positions: [4, 0, 2] },
    ])
  })

  it('prints each group with its own rows, in the groups’ order', () => {
    const groups = [group('a', [2, 0]), group('b', [1])]
    expect(printSections(Int32Array.from([2, 0, 1]), groups).map((s) => s.positions)).toEqual([
      [2, 0],
      [1],
    ])
  })
})

describe('budgetTotal', () => {
  it('adds the budgets given and counts them, leaving out the rows without one', () => {
    const keys = Float64Array.from([100, Number.NaN, 250, 50])
    expect(budgetTotal(Int32Array.from([0, 1, 2]), keys)).toEqual({ sum: 350, count: 2 })
    expect(budgetTotal(Int32Array.from([1]), keys)).toEqual({ sum: 0, count: 0 })
  })
})

describe('printsLandscape', () => {
  it('turns the page when the columns would not fit upright', () => {
    expect(printsLandscape(6)).toBe(false)
    expect(printsLandscape(7)).toBe(true)
  })
})

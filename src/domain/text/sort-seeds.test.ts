import { describe, expect, it } from 'vitest'
import type { NormalisedExport } from '../dataset/normalise-export.ts'
import { offerTitleRanks, takeTitleRanks } from './sort-seeds.ts'

// The seeds read only the number of opportunities.
const dataOf = (n: number) => ({ opportunities: new Array(n).fill({}) }) as NormalisedExport

describe('title sort seeds', () => {
  it('are taken once, for the data and language they were made for', () => {
    const data = dataOf(3)
    const ranks = new Float64Array([2, 0, 1])
    offerTitleRanks(data, 'sv', ranks)
    expect(takeTitleRanks(dataOf(3), 'sv')).toBeUndefined()
    expect(takeTitleRanks(data, 'fi')).toBeUndefined()
    expect(takeTitleRanks(data, 'sv')).toBe(ranks)
    // The table keeps them in its own cache from then on.
    expect(takeTitleRanks(data, 'sv')).toBeUndefined()
  })

  it('are refused when they do not fit the data', () => {
    const data = dataOf(4)
    offerTitleRanks(data, 'fi', new Float64Array(3))
    expect(takeTitleRanks(data, 'fi')).toBeUndefined()
  })
})

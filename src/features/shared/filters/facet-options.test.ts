import { describe, expect, it } from 'vitest'
import { NO_FILTERS, buildSearchIndex } from '../../../domain/dataset/filter-opportunities.ts'
import { loadFixture } from '../../../../tests/fixtures/table-fixture.ts'
import {
  activeFilterCount,
  chosenCount,
  clearedFilters,
  facetOptions,
  otherFacetCounts,
} from './facet-options.ts'

const data = loadFixture()
const index = buildSearchIndex(data, 'fi')

describe('facet options', () => {
  it('counts each value with the other facets as they are', () => {
    const filters = { ...NO_FILTERS, themes: ['th-energy'], statuses: ['planned' as const] }
    const status = facetOptions(data, index, filters).get('status') ?? []
    // Three energy opportunities: two planned, one in progress.
    expect(status.find((o) => o.value === 'planned')).toMatchObject({ count: 2, chosen: true })
    expect(status.find((o) => o.value === 'inProgress')).toMatchObject({ count: 1, chosen: false })
    expect(facetOptions(data, index, filters).get('theme')?.[0]?.name).toBe('Energia')
  })

  it('applies a view’s own filter on top', () => {
    const passes = Uint8Array.from([1, 1, 1, 0, 0])
    expect(Object.fromEntries(otherFacetCounts(data, index, NO_FILTERS, 'theme', passes))).toEqual({
      'th-energy': 1,
      'th-tourism': 2,
    })
  })

  it('counts the chosen values, of all facets or of some', () => {
    const filters = { ...NO_FILTERS, themes: ['a', 'b'], sources: ['s'], q: 'x' }
    expect(chosenCount(filters)).toBe(3)
    expect(chosenCount(filters, ['theme'])).toBe(2)
    expect(activeFilterCount(filters)).toBe(4)
    expect(activeFilterCount({ ...filters, q: '  ' })).toBe(3)
  })

  it('clears the filters named, or all of them, as NO_FILTERS has them', () => {
    expect(clearedFilters()).toEqual(NO_FILTERS)
    expect(clearedFilters(['themes', 'q'])).toEqual({ themes: [], q: '' })
  })
})

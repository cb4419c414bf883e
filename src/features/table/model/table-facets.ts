import {
  facetCounts,
  filterOpportunities,
  withoutFacet,
  type Facet,
  type OpportunityFilters,
  type SearchIndex,
} from '../../../domain/dataset/filter-opportunities.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'

/**
 * Counts beside a categorical column's checkboxes: how many rows each value would show with
 * every *other* filter as it is, the table's range filters included (`ranged`: 1 = passes).
 */
export function tableFacetCounts(
  data: NormalisedExport,
  index: SearchIndex,
  filters: OpportunityFilters,
  facet: Facet,
  ranged: Uint8Array | null,
): Map<string, number> {
  let passing = filterOpportunities(data, index, withoutFacet(filters, facet))
  if (ranged !== null) passing = passing.filter((p) => ranged[p] === 1)
  return facetCounts(data, passing, facet)
}

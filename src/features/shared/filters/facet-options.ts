import {
  FACETS,
  FACET_FILTER_KEYS,
  facetCounts,
  facetValues,
  filterOpportunities,
  withoutFacet,
  type Facet,
  type OpportunityFilters,
  type SearchIndex,
} from '../../../domain/dataset/filter-opportunities.ts'
import type { LocalizedText } from '../../../domain/format/localized-text.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'

/** One checkbox of the filter panel: its value, how many it would show, whether chosen. */
export interface FacetOption {
  value: string
  /** Content text (theme, cluster, source names) or null for a catalog label (status…). */
  name: LocalizedText | null
  count: number
  chosen: boolean
}

/**
 * The filter panel's options per facet. Each count is what choosing the value would give with
 * the *other* facets as they are (the usual faceted-search rule), so a count of 0 means "adds
 * nothing", not "has nothing".
 */
export function facetOptions(
  data: NormalisedExport,
  index: SearchIndex,
  filters: OpportunityFilters,
): Map<Facet, FacetOption[]> {
  const out = new Map<Facet, FacetOption[]>()
  for (const facet of FACETS) {
    const passing = filterOpportunities(data, index, withoutFacet(filters, facet))
    const counts = facetCounts(data, passing, facet)
    const chosen = new Set<string>(filters[FACET_FILTER_KEYS[facet]])
    out.set(
      facet,
      facetValues(data, facet).map((value) => ({
        value,
        name: nameOf(data, facet, value),
        count: counts.get(value) ?? 0,
        chosen: chosen.has(value),
      })),
    )
  }
  return out
}

function nameOf(data: NormalisedExport, facet: Facet, value: string): LocalizedText | null {
  switch (facet) {
    case 'theme':
      return data.themeById.get(value)?.name ?? value
    case 'cluster':
      return data.clusterById.get(value)?.name ?? value
    case 'source':
      return data.sourceById.get(value)?.name ?? value
    default:
      return null
  }
}

/** How many values are chosen across all facets, plus one for free text. */
export function activeFilterCount(filters: OpportunityFilters): number {
  let n = filters.q.trim() === '' ? 0 : 1
  for (const facet of FACETS) n += filters[FACET_FILTER_KEYS[facet]].length
  return n
}

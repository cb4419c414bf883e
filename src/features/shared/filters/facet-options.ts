import {
  FACETS,
  FACET_FILTER_KEYS,
  NO_FILTERS,
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
import type { ViewState } from '../../../url-state/view-state.ts'

/** One checkbox of the filter panel: its value, how many it would show, whether chosen. */
export interface FacetOption {
  value: string
  /** Content text (theme, cluster, source names) or null for a catalog label (status…). */
  name: LocalizedText | null
  count: number
  chosen: boolean
}

/**
 * How many opportunities each value of `facet` would show with the *other* facets as they are
 * (the usual faceted-search rule), so a count of 0 means "adds nothing", not "has nothing".
 * `passes` is a view's own filter on top of the shared ones (1 = passes), such as the table's
 * ranges; null when the view has none.
 */
export function otherFacetCounts(
  data: NormalisedExport,
  index: SearchIndex,
  filters: OpportunityFilters,
  facet: Facet,
  passes: Uint8Array | null = null,
): Map<string, number> {
  let passing = filterOpportunities(data, index, withoutFacet(filters, facet))
  if (passes !== null) passing = passing.filter((p) => passes[p] === 1)
  return facetCounts(data, passing, facet)
}

/** The filter panel's options per facet, counted as `otherFacetCounts` says. */
export function facetOptions(
  data: NormalisedExport,
  index: SearchIndex,
  filters: OpportunityFilters,
): Map<Facet, FacetOption[]> {
  const out = new Map<Facet, FacetOption[]>()
  for (const facet of FACETS) {
    const counts = otherFacetCounts(data, index, filters, facet)
    const chosen = new Set<string>(filters[FACET_FILTER_KEYS[facet]])
    out.set(
      facet,
      facetValues(data, facet).map((value) => ({
        value,
        name: facetValueName(data, facet, value),
        count: counts.get(value) ?? 0,
        chosen: chosen.has(value),
      })),
    )
  }
  return out
}

/**
 * The export's own name for a theme, cluster or source value (the id itself when the export
 * has no such value); null for the facets whose values the UI catalogs name.
 */
export function facetValueName(
  data: NormalisedExport,
  facet: Facet,
  value: string,
): LocalizedText | null {
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

/** How many values are chosen in these facets. */
export function chosenCount(
  filters: OpportunityFilters,
  facets: readonly Facet[] = FACETS,
): number {
  let n = 0
  for (const facet of facets) n += filters[FACET_FILTER_KEYS[facet]].length
  return n
}

/** How many values are chosen across all facets, plus one for free text. */
export function activeFilterCount(filters: OpportunityFilters): number {
  return chosenCount(filters) + (filters.q.trim() === '' ? 0 : 1)
}

const FILTER_KEYS = Object.keys(NO_FILTERS) as (keyof OpportunityFilters)[]

/**
 * A view-state patch that sets these filters (all of them unless named) as `NO_FILTERS` has
 * them: a panel that clears only its own filters clears them exactly as "clear all" would.
 */
export function clearedFilters(
  keys: readonly (keyof OpportunityFilters)[] = FILTER_KEYS,
): Partial<ViewState> {
  // The patch is only read, so NO_FILTERS's read-only lists can be handed over as they are.
  return Object.fromEntries(keys.map((k) => [k, NO_FILTERS[k]])) as Partial<ViewState>
}

import { useMemo } from 'react'
import type { OpportunityFilters } from '../../../domain/dataset/filter-opportunities.ts'
import type { ViewState } from '../../../url-state/view-state.ts'

/** The facet lists of the filters: everything but the free text. */
export type FacetLists = Omit<OpportunityFilters, 'q'>

/**
 * The state's facet lists, the same object until a list really changes. Every navigation (a
 * zoom, a weight) parses the URL into new arrays; keyed by their text, the filter passes and
 * counts made from them are not redone.
 */
export function useFacetLists(state: ViewState): FacetLists {
  const { themes, clusters, goals, types, statuses, sources } = state
  const key = [themes, clusters, goals, types, statuses, sources].map((l) => l.join(',')).join('|')
  return useMemo(
    () => ({ themes, clusters, goals, types, statuses, sources }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the lists
    [key],
  )
}

import { useDeferredValue, useMemo } from 'react'
import { useDataset } from '../../../data/load/use-dataset.ts'
import type { ExportLoad } from '../../../data/load/use-export-load.ts'
import { filterShared, searchIndexFor } from '../../../domain/dataset/filter-opportunities.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { sameNumbers, useStable } from '../../../ui/use-stable.ts'
import { useSharedSearch } from '../../../url-state/use-shared-search.ts'
import { useLiveQuery } from '../../../url-state/live-query.ts'
import { useViewState } from '../../../url-state/use-view-state.ts'
import { dropStaleFilters, type StaleIds, type ViewState } from '../../../url-state/view-state.ts'
import { useFacetLists } from './use-facet-lists.ts'

export interface FilteredData {
  /** The loaded export; null while loading or when nothing could be loaded. */
  data: NormalisedExport | null
  load: ExportLoad
  /** The URL's view state, without ids the export does not have (a link older than the data). */
  state: ViewState
  /** What was dropped from the link as stale; null when nothing was. */
  stale: StaleIds | null
  /** Positions in `data.opportunities` that pass the shared filters, in export order. */
  positions: readonly number[]
}

/** What a view draws once the data is there: every view gets the same three things. */
export interface FilteredViewProps {
  data: NormalisedExport
  state: ViewState
  positions: readonly number[]
}

const NONE: readonly number[] = []

/**
 * The dataset and the opportunities the shared filters leave: what every view shows. The
 * free text is deferred so typing stays responsive while a large export is filtered.
 */
export function useFilteredData(): FilteredData {
  const urlState = useViewState()
  const { data: dataParam } = useSharedSearch()
  const { data, load } = useDataset(urlState.lang, dataParam)
  const { state, dropped } = useMemo(
    () => (data ? dropStaleFilters(urlState, data) : { state: urlState, dropped: null }),
    [data, urlState],
  )
  // The search box's text while typing (the URL follows after a pause), else the URL's.
  const live = useLiveQuery()
  const q = useDeferredValue(live ?? state.q)
  const lang = state.lang
  const filters = useFacetLists(state)
  const filtered = useMemo(() => {
    if (!data) return NONE
    // Shared with every other component filtering in this render (the filter bar's count):
    // the same filters reuse one pass, a search typed on narrows the last one.
    return filterShared(data, searchIndexFor(data, lang, q), { ...filters, q })
  }, [data, lang, filters, q])
  // A new search that leaves the same opportunities (one more letter, a language switch) keeps
  // the same array, so no view re-lays itself out for nothing.
  const positions = useStable(filtered, sameNumbers)
  return { data, load, state, stale: dropped, positions }
}

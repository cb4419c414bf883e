import { useCallback, useMemo } from 'react'
import { navigateSearch, useSearchString } from './location.ts'
import {
  parseRouterSearch,
  searchVia,
  stringifyRouterSearch,
  type RouterSearch,
} from './router-search.ts'
import type { ViewOrigin, ViewState } from './view-state.ts'

// One decoded state per query string, shared by every component that reads it: the views
// memoise on its identity, and decoding once per URL change is enough.
let last: { search: string; state: RouterSearch } | null = null

function searchState(search: string): RouterSearch {
  if (last?.search !== search) last = { search, state: parseRouterSearch(search) }
  return last.state
}

/** The view state in the URL, decoded by the one schema (bad values dropped). */
export function useViewState(): ViewState {
  return searchState(useSearchString())
}

/** The view state with the other parameters (`data`, …), to build a link that keeps them. */
export function useRouterSearch(): RouterSearch {
  return searchState(useSearchString())
}

export type ViewStatePatch = Partial<ViewState> | ((state: ViewState) => Partial<ViewState>)

/**
 * Changes the view state in the URL, keeping the path and every other parameter. `replace`
 * for changes made continuously (typing, dragging a slider), so Back does not step through
 * every keystroke.
 */
export function useSetViewState(): (
  patch: ViewStatePatch,
  options?: { replace?: boolean },
) => void {
  return useCallback((patch, options) => {
    // The address as it is now, not as it was at the last render: two changes in one event
    // (a slider and its reset, say) must both land.
    const prev = searchState(location.search)
    const next = { ...prev, ...(typeof patch === 'function' ? patch(prev) : patch) }
    navigateSearch(stringifyRouterSearch(next), { replace: options?.replace ?? false })
  }, [])
}

/** The query for a view's links to opportunity pages: the address's, with `via` naming it. */
export function useSearchVia(via: ViewOrigin): string {
  const search = useSearchString()
  return useMemo(() => searchVia(search, via), [search, via])
}

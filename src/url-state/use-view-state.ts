import { useNavigate, useSearch } from '@tanstack/react-router'
import { useCallback } from 'react'
import type { RouterSearch } from './router-search.ts'
import type { ViewState } from './view-state.ts'

/** The view state in the URL (canonical: the root route validated it). */
export function useViewState(): ViewState {
  return useSearch({ strict: false }) as RouterSearch
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
  const navigate = useNavigate()
  return useCallback(
    (patch, options) => {
      void navigate({
        to: '.',
        search: (prev) => ({
          ...prev,
          ...(typeof patch === 'function' ? patch(prev as RouterSearch) : patch),
        }),
        replace: options?.replace ?? false,
        resetScroll: false,
      })
    },
    [navigate],
  )
}

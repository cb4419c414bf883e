import { useCallback, useMemo } from 'react'
import { appHref, navigateTo, opportunityPath } from '../../url-state/location.ts'
import { searchVia, stringifyRouterSearch } from '../../url-state/router-search.ts'
import type { ViewState } from '../../url-state/view-state.ts'

const ID_SLOT = 'ROADMAP_ID'

/**
 * Where a bar leads: its opportunity's page, keeping the view state in the link, with
 * `via=roadmap` so the page leads back here. One href is
 * built from the view state, then reused per bar with the id swapped in, so a pan does not
 * encode the whole state again for every bar it draws.
 */
export function useBarLinks(state: ViewState): {
  hrefOf: (id: string) => string
  onOpen: (id: string) => void
} {
  const hrefTemplate = useMemo(
    () => appHref(opportunityPath(ID_SLOT), stringifyRouterSearch({ ...state, via: 'roadmap' })),
    [state],
  )
  const hrefOf = useCallback(
    (id: string) => hrefTemplate.replace(ID_SLOT, encodeURIComponent(id)),
    [hrefTemplate],
  )
  const onOpen = useCallback(
    (id: string) =>
      navigateTo(opportunityPath(id), { search: searchVia(location.search, 'roadmap') }),
    [],
  )
  return { hrefOf, onOpen }
}

import { useCallback, useState, type SyntheticEvent } from 'react'
import { FACET_FILTER_KEYS, type Facet } from '../../../domain/dataset/filter-opportunities.ts'
import { useSetViewState } from '../../../url-state/use-view-state.ts'
import type { ViewState } from '../../../url-state/view-state.ts'

/** Whether a `<details>` panel is open, as state, so a panel makes its contents only while open. */
export function usePanelOpen(): [
  open: boolean,
  onToggle: (e: SyntheticEvent<HTMLDetailsElement>) => void,
] {
  const [open, setOpen] = useState(false)
  const onToggle = useCallback(
    (e: SyntheticEvent<HTMLDetailsElement>) => setOpen(e.currentTarget.open),
    [],
  )
  return [open, onToggle]
}

/** Adds a value to its facet's list in the URL, or takes it out. */
export function useFacetToggle(): (facet: Facet, value: string, on: boolean) => void {
  const setViewState = useSetViewState()
  return useCallback(
    (facet: Facet, value: string, on: boolean) => {
      const key = FACET_FILTER_KEYS[facet]
      setViewState((s) => {
        const current = s[key] as readonly string[]
        const next = on ? [...current, value] : current.filter((v) => v !== value)
        return { [key]: next } as Partial<ViewState>
      })
    },
    [setViewState],
  )
}

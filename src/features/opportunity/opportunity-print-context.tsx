import { NO_FILTERS } from '../../domain/dataset/filter-opportunities.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { useViewState } from '../../url-state/use-view-state.ts'
import { PrintContextBlock } from '../shared/print-context/print-context-block.tsx'

/**
 * The page shows one opportunity whatever the filters of the view it came from, so its printout
 * names no filters; the what-if weights its scores use are named.
 */
export function OpportunityPrintContext({ data }: { data: NormalisedExport }) {
  const state = useViewState()
  return <PrintContextBlock data={data} state={{ ...state, ...NO_FILTERS }} shown={1} />
}

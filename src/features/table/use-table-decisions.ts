import { useMemo } from 'react'
import { keepDecided } from '../../domain/decisions/decided-filter.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { ViewState } from '../../url-state/view-state.ts'
import { useActiveDecisions } from '../shared/decisions/use-active-decisions.ts'
import { useDecisionWords } from '../shared/decisions/use-decision-words.ts'
import type { TableDecisions } from './model/decision-cells.ts'

/**
 * The active session's decisions as the table's decision column (null with no active
 * session), and the filtered positions narrowed to the decided filter (`decided=`).
 */
export function useTableDecisions(
  data: NormalisedExport,
  state: ViewState,
  positions: readonly number[],
): { decisions: TableDecisions | null; positions: readonly number[] } {
  const byId = useActiveDecisions()
  const { label } = useDecisionWords()
  const decisions = useMemo(() => (byId ? { byId, label } : null), [byId, label])
  const kept = useMemo(
    () => keepDecided(positions, (p) => data.opportunities[p]?.id ?? '', byId, state.decided),
    [positions, data, byId, state.decided],
  )
  return { decisions, positions: kept }
}

import { useMemo } from 'react'
import { useActiveDecisions } from '../shared/decisions/use-active-decisions.ts'
import { useDecisionWords } from '../shared/decisions/use-decision-words.ts'
import type { TableDecisions } from './model/decision-cells.ts'

/** The active session's decisions as the table's decision column; null with no active session. */
export function useTableDecisions(): TableDecisions | null {
  const byId = useActiveDecisions()
  const { label } = useDecisionWords()
  return useMemo(() => (byId ? { byId, label } : null), [byId, label])
}

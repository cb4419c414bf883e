import { useMemo } from 'react'
import { useActiveDecisions } from './use-active-decisions.ts'
import { useDecisionWords } from './use-decision-words.ts'

/** An opportunity's decision in the active forum session, in words (null: undecided). */
export type DecisionOf = (id: string) => string | null

/** The active session's decisions for a chart's marks; null while no session is active. */
export function useDecisionOf(): DecisionOf | null {
  const byId = useActiveDecisions()
  const { label } = useDecisionWords()
  return useMemo(() => {
    if (!byId) return null
    return (id: string) => {
      const d = byId.get(id)
      return d === undefined ? null : label(d)
    }
  }, [byId, label])
}

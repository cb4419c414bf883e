import { useMemo } from 'react'
import { activeSession, useSessions } from '../../../data/sessions/session-store.ts'
import type { Decision } from '../../../domain/decisions/decision-vocabulary.ts'

/**
 * The active session's decisions by opportunity id, for the views that mark them (table,
 * matrix); null while no session is active, so a view shows no decision column or mark at all.
 * The same map until the active session's decisions change.
 */
export function useActiveDecisions(): ReadonlyMap<string, Decision> | null {
  const sessions = useSessions()
  const decisions = activeSession(sessions)?.decisions ?? null
  return useMemo(
    () => (decisions ? new Map(decisions.map((d) => [d.opportunityId, d.decision])) : null),
    [decisions],
  )
}

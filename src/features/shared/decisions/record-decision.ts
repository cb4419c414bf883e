import type { DecisionEntry } from '../../../domain/decisions/decision-record-schema.ts'
import { withDecision, decisionOf, type Session } from '../../../domain/decisions/session.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { opportunityScoreAt } from '../../../domain/scoring/score-table.ts'
import { scoreOpportunities } from '../../../domain/scoring/scoring.ts'
import { updateSession } from '../../../data/sessions/session-store.ts'

/**
 * A decision's first form, with the rank and axis scores as the forum saw them: under the
 * session's weights. Scored once, when the decision is first recorded.
 */
function firstEntry(
  data: NormalisedExport,
  index: number,
  weights: Readonly<Record<string, number>>,
): DecisionEntry {
  const o = data.opportunities[index]?.record
  const score = opportunityScoreAt(scoreOpportunities(data, weights), index)
  return {
    opportunityId: o?.id ?? '',
    title: o?.title ?? '',
    rank: score.rank,
    impact: score.impact?.value ?? null,
    feasibility: score.feasibility?.value ?? null,
    decision: 'noDecision',
    note: '',
    responsible: '',
    decidedAt: '',
  }
}

/**
 * Saves a change to the decision on the opportunity at `index` in the session (the decision
 * form and the presentation's keys both record this way), stamped with the time of the change.
 */
export function recordDecision(
  session: Session,
  data: NormalisedExport,
  index: number,
  patch: Partial<DecisionEntry>,
): void {
  const id = data.opportunities[index]?.record.id
  if (id === undefined) return
  const base = decisionOf(session, id) ?? firstEntry(data, index, session.basedOn.weights)
  const next = { ...base, ...patch, decidedAt: new Date().toISOString() }
  void updateSession(session.id, (s) => withDecision(s, next))
}

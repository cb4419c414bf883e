import type { DecisionEntry } from '../../../domain/decisions/decision-record-schema.ts'

/**
 * What the minutes list: the decisions in the order the forum ranked them (unranked last),
 * and the opportunities discussed without a decision, in the order they were discussed.
 */
export function minutesParts(decisions: readonly DecisionEntry[]): {
  decided: DecisionEntry[]
  discussed: DecisionEntry[]
} {
  const decided = decisions
    .filter((d) => d.decision !== 'noDecision')
    .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity))
  const discussed = decisions.filter((d) => d.decision === 'noDecision')
  return { decided, discussed }
}

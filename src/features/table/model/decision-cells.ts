import { DECISIONS, type Decision } from '../../../domain/decisions/decision-vocabulary.ts'
import type { CellValue } from './table-row-model.ts'

/**
 * The active forum session's decisions as the table's `decision` column: the decision in
 * words, sorted in the vocabulary's order with the undecided (no key) last.
 */
export interface TableDecisions {
  byId: ReadonlyMap<string, Decision>
  label(d: Decision): string
}

export const DECISION_COLUMN = 'decision'

export function decisionCell(decisions: TableDecisions, id: string): CellValue {
  const d = decisions.byId.get(id)
  return d === undefined ? null : decisions.label(d)
}

export function decisionKey(decisions: TableDecisions, id: string): number | null {
  const d = decisions.byId.get(id)
  return d === undefined ? null : DECISIONS.indexOf(d)
}

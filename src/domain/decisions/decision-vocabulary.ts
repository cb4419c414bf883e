import type { Status } from '../format/export-vocabulary.ts'

/**
 * The forum's decisions on an opportunity (issue 17), in the order the secretary's number keys
 * follow (1–6). Kept apart from the record's zod schema so that views needing only the words
 * do not load zod.
 */
export const DECISIONS = [
  'prioritise',
  'plan',
  'continue',
  'hold',
  'discard',
  'noDecision',
] as const

export type Decision = (typeof DECISIONS)[number]

/**
 * The status a decision gives an opportunity; null where the decision leaves the status as it
 * was (preparation continues, or nothing was decided).
 */
export const DECISION_STATUS: Readonly<Record<Decision, Status | null>> = {
  prioritise: 'prioritised',
  plan: 'planned',
  continue: null,
  hold: 'onHold',
  discard: 'discarded',
  noDecision: null,
}

export function isDecision(value: unknown): value is Decision {
  return typeof value === 'string' && (DECISIONS as readonly string[]).includes(value)
}

/** The opportunity's status once the decision is applied. */
export function statusAfterDecision(decision: Decision, current: Status): Status {
  return DECISION_STATUS[decision] ?? current
}

/** The decision that sets this status, or null when no decision does (e.g. `inProgress`). */
export function decisionForStatus(status: Status): Decision | null {
  for (const d of DECISIONS) if (DECISION_STATUS[d] === status) return d
  return null
}

/** Whether the decision changes the opportunity's status at all. */
export function changesStatus(decision: Decision): boolean {
  return DECISION_STATUS[decision] !== null
}

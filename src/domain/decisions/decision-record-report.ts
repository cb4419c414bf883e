import type { Problem } from '../format/problems.ts'
import type { SetAsideRecord } from '../validate/validation-report.ts'
import type { Session } from './session.ts'

/**
 * The four outcomes of loading a decision record, in the export's style:
 * - unreadable: not JSON, empty, too large, too deep, or not a `kasvukartta-decisions` v1 record
 * - brokenFrame: the root or the session is invalid; nothing loads
 * - partial: some decisions are set aside (kept as they came, with their reasons), the rest load
 * - loaded: everything loads, possibly with warnings (unknown fields, text that looks like HTML)
 *
 * In set-aside records and problems, `index` is the decision's position in `decisions` and
 * `id` the opportunity it is about.
 */
export type DecisionRecordReport =
  | { outcome: 'unreadable'; problems: Problem[] }
  | { outcome: 'brokenFrame'; problems: Problem[] }
  | {
      outcome: 'partial'
      problems: Problem[]
      setAside: SetAsideRecord[]
      session: Session
      omitted?: number
    }
  | { outcome: 'loaded'; problems: Problem[]; session: Session; omitted?: number }

export type DecisionRecordOutcome = DecisionRecordReport['outcome']

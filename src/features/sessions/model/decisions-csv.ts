import type { DecisionEntry } from '../../../domain/decisions/decision-record-schema.ts'
import type { Decision } from '../../../domain/decisions/decision-vocabulary.ts'
import type { LocalizedText } from '../../../domain/format/localized-text.ts'
import { writeCsv, type CsvOptions } from '../../shared/csv/csv-text.ts'

/** The columns of the decisions' CSV, in order; each is a catalog key's last part. */
export const DECISION_CSV_COLUMNS = [
  'rank',
  'id',
  'title',
  'decision',
  'responsible',
  'due',
  'note',
  'impact',
  'feasibility',
  'decidedAt',
] as const

export type DecisionCsvColumn = (typeof DECISION_CSV_COLUMNS)[number]

export interface DecisionCsvWords {
  header: (column: DecisionCsvColumn) => string
  decision: (decision: Decision) => string
  /** A title in the UI language (with the dataset's fallbacks). */
  title: (title: LocalizedText) => string
}

/** Axis scores as the app shows them: 0–100, whole numbers. */
function percent(score: number | null): number | null {
  return score === null ? null : Math.round(score * 100)
}

/**
 * The session's decisions as CSV, with the table's rules (shared/csv/csv-text.ts): byte-order
 * mark, the chosen delimiter, formulas neutralised. Ranked decisions first by rank, then the
 * unranked in the order they were made, as the minutes list them.
 */
export function decisionsCsv(
  decisions: readonly DecisionEntry[],
  words: DecisionCsvWords,
  options: CsvOptions,
): string {
  const ordered = [...decisions].sort(
    (a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY),
  )
  const cell = (d: DecisionEntry, column: DecisionCsvColumn): string | number | null => {
    switch (column) {
      case 'rank':
        return d.rank
      case 'id':
        return d.opportunityId
      case 'title':
        return words.title(d.title)
      case 'decision':
        return words.decision(d.decision)
      case 'responsible':
        return d.responsible
      case 'due':
        return d.due ?? null
      case 'note':
        return d.note
      case 'impact':
        return percent(d.impact)
      case 'feasibility':
        return percent(d.feasibility)
      case 'decidedAt':
        return d.decidedAt
    }
  }
  return writeCsv(
    DECISION_CSV_COLUMNS.map(words.header),
    ordered.map((d) => DECISION_CSV_COLUMNS.map((c) => cell(d, c))),
    options,
  )
}

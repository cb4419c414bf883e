import type { NormalisedExport } from '../dataset/normalise-export.ts'
import type { ContentLanguage } from '../format/languages.ts'
import type { LocalizedText } from '../format/localized-text.ts'
import type { Problem } from '../format/problems.ts'

/**
 * The four outcomes of loading an export (spec: "Validation outcome"):
 * - unreadable: not JSON, empty, too large or not format version 1; nothing loads
 * - brokenFrame: the root or a shared list is invalid; nothing loads
 * - partial: some opportunities are set aside, the rest load
 * - loaded: everything loads, possibly with warnings
 */
export type ValidationReport =
  | { outcome: 'unreadable'; problems: Problem[]; omitted?: Omitted }
  | { outcome: 'brokenFrame'; problems: Problem[]; omitted?: Omitted }
  | {
      outcome: 'partial'
      problems: Problem[]
      setAside: SetAsideRecord[]
      data: NormalisedExport
      omitted?: Omitted
    }
  | { outcome: 'loaded'; problems: Problem[]; data: NormalisedExport; omitted?: Omitted }

/**
 * What a report counts but does not list (limits.ts): a file with millions of problems gets a
 * report of bounded size. Absent when everything is listed. Read totals with report-counts.ts.
 */
export interface Omitted {
  errors: number
  warnings: number
  setAside: number
}

export type ValidationOutcome = ValidationReport['outcome']

export interface SetAsideRecord {
  index: number
  id?: string
  title?: LocalizedText
  /** The record exactly as it came, for download. */
  raw: unknown
  reasons: Problem[]
}

export interface ValidateOptions {
  /** The UI language: texts missing in it are reported as warnings. */
  language?: ContentLanguage
  maxBytes?: number
}

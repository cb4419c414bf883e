import type {
  ChangeClass,
  Comparison,
  FieldChange,
  OpportunityChange,
} from '../../../domain/compare/comparison.ts'
import type { Status } from '../../../domain/format/export-vocabulary.ts'

/**
 * The change report: every opportunity of a comparison that is not unchanged, as rows for a
 * CSV (the table's CSV rules) and as plain JSON for other tools. Pure; the words come in.
 */

export const REPORT_COLUMNS = [
  'id',
  'title',
  'change',
  'changedFields',
  'statusThen',
  'statusNow',
  'rankThen',
  'rankNow',
  'rankDelta',
  'impactThen',
  'impactNow',
  'feasibilityThen',
  'feasibilityNow',
] as const
export type ReportColumn = (typeof REPORT_COLUMNS)[number]

export interface ReportWords {
  title(c: OpportunityChange): string
  changeLabel(c: ChangeClass): string
  fieldLabel(f: FieldChange): string
  statusLabel(status: Status): string
}

/** Scores to one decimal: the report is read, not recomputed. */
const score = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10)

/** The changes worth reporting: new, dropped and changed, in the comparison's order. */
export function reportedChanges(comparison: Comparison): OpportunityChange[] {
  return comparison.changes.filter((c) => c.change !== 'unchanged')
}

export function reportRows(
  comparison: Comparison,
  words: ReportWords,
): (string | number | null)[][] {
  return reportedChanges(comparison).map((c) => [
    c.id,
    words.title(c),
    words.changeLabel(c.change),
    c.fields.map(words.fieldLabel).join(', '),
    c.then ? words.statusLabel(c.then.status) : null,
    c.now ? words.statusLabel(c.now.status) : null,
    c.rank.then,
    c.rank.now,
    c.rank.delta,
    score(c.impact.then),
    score(c.impact.now),
    score(c.feasibility.then),
    score(c.feasibility.now),
  ])
}

/**
 * The report as JSON: the baseline's time, the thresholds and counts, the frame's changes,
 * and per opportunity its class, changed fields (a score as `score:<criterion>`), milestones,
 * status, scores and ranks then and now.
 */
export function reportJson(comparison: Comparison): string {
  return JSON.stringify(
    {
      baselineExportedAt: comparison.baselineExportedAt,
      sameDataset: comparison.sameDataset,
      thresholds: comparison.thresholds,
      counts: comparison.counts,
      frame: comparison.frame,
      changes: reportedChanges(comparison).map((c) => ({
        id: c.id,
        change: c.change,
        moved: c.moved,
        fields: c.fields.map((f) => (f.field === 'score' ? `score:${f.criterion}` : f.field)),
        statusThen: c.then?.status ?? null,
        statusNow: c.now?.status ?? null,
        rank: c.rank,
        ownRank: c.ownRank,
        impact: c.impact,
        feasibility: c.feasibility,
        priority: c.priority,
        milestones: c.milestones,
      })),
    },
    null,
    2,
  )
}

import type { OpportunityChange } from '../../../domain/compare/comparison.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { normalisedOpportunity } from '../../../domain/dataset/normalised-opportunity.ts'
import type { ScoreTable } from '../../../domain/scoring/score-table.ts'

/**
 * The table's rows of the opportunities dropped since the baseline: they are appended after the
 * current ones, as the baseline had them, so that sorting, range filters, grouping and the CSV
 * treat them like any row. Their scores are the comparison's "then" (the same current weights);
 * they have no rank now (their rank then is in its own column).
 */

export interface TableRows {
  data: NormalisedExport
  scores: ScoreTable
  /** Positions from here on are removed ones. */
  removedFrom: number
}

/** The removed changes of a comparison, in its order (the baseline's). */
export function removedChanges(changes: readonly OpportunityChange[]): OpportunityChange[] {
  return changes.filter((c) => c.change === 'removed' && c.then !== null)
}

function extend(values: Float64Array, more: readonly number[]): Float64Array {
  const out = new Float64Array(values.length + more.length)
  out.set(values)
  out.set(more, values.length)
  return out
}

const unit = (v: number | null) => (v === null ? Number.NaN : v / 100)

/** The current rows, then the removed ones; the same objects when none are asked for. */
export function withRemovedRows(
  data: NormalisedExport,
  scores: ScoreTable,
  removed: readonly OpportunityChange[],
): TableRows {
  const n = data.opportunities.length
  if (removed.length === 0) return { data, scores, removedFrom: n }
  const records = removed.map((c, i) =>
    normalisedOpportunity(c.then as NonNullable<OpportunityChange['then']>, n + i),
  )
  const k = removed.length
  const rank = new Int32Array(n + k)
  rank.set(scores.rank)
  const flags = new Uint8Array(n + k)
  flags.set(scores.flags)
  return {
    data: { ...data, opportunities: [...data.opportunities, ...records] },
    scores: {
      impact: extend(
        scores.impact,
        removed.map((c) => unit(c.impact.then)),
      ),
      feasibility: extend(
        scores.feasibility,
        removed.map((c) => unit(c.feasibility.then)),
      ),
      priority: extend(
        scores.priority,
        removed.map((c) => unit(c.priority.then)),
      ),
      flags,
      rank,
    },
    removedFrom: n,
  }
}

/** The positions the removed rows take after `n` current ones. */
export function removedPositions(n: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => n + i)
}

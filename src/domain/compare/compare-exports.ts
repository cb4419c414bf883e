import type { NormalisedExport } from '../dataset/normalise-export.ts'
import type { Opportunity } from '../format/export-schema.ts'
import type { ScoreTable } from '../scoring/score-table.ts'
import { scoreOpportunities, scoringPlan, type Weights } from '../scoring/scoring.ts'
import {
  CHANGE_FIELDS,
  DEFAULT_MOVE_THRESHOLDS,
  type ChangeField,
  type Comparison,
  type ComparisonCounts,
  type FieldChange,
  type MilestoneChange,
  type MoveThresholds,
  type OpportunityChange,
  type ScoreChange,
} from './comparison.ts'
import { frameChanges } from './frame-changes.ts'
import { milestoneChanges } from './milestone-changes.ts'
import {
  recordFieldsAfterScores,
  recordFieldsBeforeScores,
  scoreFieldChanges,
} from './record-changes.ts'

export type Comparable = Pick<
  NormalisedExport,
  | 'dataset'
  | 'exportedAt'
  | 'criteria'
  | 'themes'
  | 'clusters'
  | 'actors'
  | 'opportunities'
  | 'normalisedScores'
  | 'scores'
>

export interface CompareOptions {
  /** The what-if weights in use; both exports are ranked with them (and the current export's). */
  weights?: Weights
  thresholds?: MoveThresholds
  /**
   * Ids of records set aside in either export: they are left out of the comparison, so a
   * record that failed its checks is neither "dropped" nor "new".
   */
  leftOut?: ReadonlySet<string>
}

/**
 * One shared, frozen entry per field: a comparison of 100 000 opportunities would otherwise
 * make an object for every changed field of every one.
 */
const FIELD = Object.fromEntries(
  CHANGE_FIELDS.map((field) => [field, Object.freeze({ field })]),
) as unknown as Readonly<Record<ChangeField, FieldChange>>

// Added and removed ones, and most unchanged ones, share these instead of each making its own.
const NO_FIELDS: readonly FieldChange[] = []
const NO_MILESTONES: readonly MilestoneChange[] = []

const SCORE_FIELDS = ['impact', 'feasibility', 'priority', 'rank', 'ownRank'] as const

/** Scores nearer than this are the same score reached by another order of additions. */
const EPSILON = 1e-9

/**
 * The current weights as overrides for another export: the current export's weight (or its
 * what-if weight) for every criterion it has; criteria only the baseline has keep theirs.
 */
function currentWeights(current: Comparable, whatIf: Weights): Weights {
  const plan = scoringPlan(current.criteria, whatIf)
  const weights: Record<string, number> = {}
  current.criteria.forEach((c, i) => (weights[c.id] = plan.weights[i] as number))
  return weights
}

function axisChange(
  tables: Tables,
  axis: 'impact' | 'feasibility' | 'priority',
  i: number,
  j: number,
): ScoreChange {
  const then = i >= 0 ? valueOn100(tables.baseline[axis][i]) : null
  const now = j >= 0 ? valueOn100(tables.current[axis][j]) : null
  return { then, now, delta: then !== null && now !== null ? now - then : null }
}

function valueOn100(v: number | undefined): number | null {
  return v === undefined || Number.isNaN(v) ? null : v * 100
}

function rankChange(tables: Tables, i: number, j: number): ScoreChange {
  const r = i >= 0 ? tables.baseline.rank[i] : 0
  const q = j >= 0 ? tables.current.rank[j] : 0
  const then = r ? r : null
  const now = q ? q : null
  return { then, now, delta: then !== null && now !== null ? then - now : null }
}

function differs(c: ScoreChange): boolean {
  if (c.then === null || c.now === null) return c.then !== c.now
  return Math.abs(c.now - c.then) > EPSILON
}

interface Tables {
  baseline: ScoreTable
  current: ScoreTable
}

/** The five score changes of the opportunity at i (baseline) and j (current); -1 = absent. */
function scoreChanges(same: Tables, own: Tables, i: number, j: number): ScoreChanges {
  return {
    impact: axisChange(same, 'impact', i, j),
    feasibility: axisChange(same, 'feasibility', i, j),
    priority: axisChange(same, 'priority', i, j),
    rank: rankChange(same, i, j),
    ownRank: rankChange(own, i, j),
  }
}

type ScoreChanges = Pick<OpportunityChange, (typeof SCORE_FIELDS)[number]>

function isMoved(
  s: Pick<OpportunityChange, 'rank' | 'impact' | 'feasibility'>,
  t: MoveThresholds,
): boolean {
  return (
    atLeast(s.rank.delta, t.rank) ||
    atLeast(s.impact.delta, t.axis) ||
    atLeast(s.feasibility.delta, t.axis)
  )
}

function atLeast(delta: number | null, limit: number): boolean {
  return delta !== null && Math.abs(delta) >= limit - EPSILON
}

/**
 * Every changed field of a matched opportunity once, in `CHANGE_FIELDS` order. The record's
 * own fields are compared only when the records are not the same object; its scores and
 * ranks are always looked at, since weights move them even when the record stays.
 */
function changedFields(
  then: Opportunity,
  now: Opportunity,
  scores: ScoreChanges,
  shared: readonly string[],
): FieldChange[] {
  const fields: FieldChange[] = []
  const sameRecord = then === now
  if (!sameRecord) for (const f of recordFieldsBeforeScores(then, now)) fields.push(FIELD[f])
  if (!sameRecord) for (const f of scoreFieldChanges(then, now, shared)) fields.push(f)
  for (const f of SCORE_FIELDS) if (differs(scores[f])) fields.push(FIELD[f])
  if (!sameRecord) for (const f of recordFieldsAfterScores(then, now)) fields.push(FIELD[f])
  return fields
}

/** One opportunity's entry; `then` or `now` is null for a removed or an added one. */
function changeEntry(
  id: string,
  then: Opportunity | null,
  now: Opportunity | null,
  scores: ScoreChanges,
  fields: readonly FieldChange[],
  thresholds: MoveThresholds,
): OpportunityChange {
  const change = !then
    ? 'added'
    : !now
      ? 'removed'
      : hasContentChange(fields)
        ? 'changed'
        : 'unchanged'
  return {
    id,
    change,
    then,
    now,
    fields,
    milestones:
      then && now && fields.includes(FIELD.milestones)
        ? milestoneChanges(then.milestones, now.milestones)
        : NO_MILESTONES,
    impact: scores.impact,
    feasibility: scores.feasibility,
    priority: scores.priority,
    rank: scores.rank,
    ownRank: scores.ownRank,
    moved: then !== null && now !== null && isMoved(scores, thresholds),
  }
}

/**
 * Compares `current` with `baseline`, matching opportunities by id: each is added, removed,
 * changed (with every changed field once) or unchanged, with its scores and ranks then and now.
 */
export function compareExports(
  baseline: Comparable,
  current: Comparable,
  options: CompareOptions = {},
): Comparison {
  const whatIf = options.weights ?? {}
  const thresholds = options.thresholds ?? DEFAULT_MOVE_THRESHOLDS
  const leftOut = options.leftOut ?? new Set<string>()
  const same: Tables = {
    baseline: scoreOpportunities(baseline, currentWeights(current, whatIf)),
    current: Object.keys(whatIf).length ? scoreOpportunities(current, whatIf) : current.scores,
  }
  const own: Tables = { baseline: baseline.scores, current: current.scores }
  const baselineIds = new Set(baseline.criteria.map((c) => c.id))
  const shared = current.criteria.filter((c) => baselineIds.has(c.id)).map((c) => c.id)
  const position = new Map<string, number>()
  baseline.opportunities.forEach((o, i) => position.set(o.id, i))

  const changes: OpportunityChange[] = []
  const counts: ComparisonCounts = {
    added: 0,
    removed: 0,
    changed: 0,
    unchanged: 0,
    statusChanged: 0,
    moved: 0,
  }
  // By baseline position: whether a current opportunity took it.
  const matched = new Uint8Array(baseline.opportunities.length)
  let matchedCount = 0
  current.opportunities.forEach((o, j) => {
    if (leftOut.has(o.id)) return
    const i = position.get(o.id) ?? -1
    const then =
      i >= 0 ? (baseline.opportunities[i] as (typeof baseline.opportunities)[number]).record : null
    const scores = scoreChanges(same, own, i, j)
    if (then) {
      matched[i] = 1
      matchedCount++
    }
    const fields = then ? changedFields(then, o.record, scores, shared) : NO_FIELDS
    const entry = changeEntry(o.id, then, o.record, scores, fields, thresholds)
    count(counts, entry)
    changes.push(entry)
  })
  baseline.opportunities.forEach((o, i) => {
    if (matched[i] || leftOut.has(o.id)) return
    const entry = changeEntry(
      o.id,
      o.record,
      null,
      scoreChanges(same, own, i, -1),
      NO_FIELDS,
      thresholds,
    )
    count(counts, entry)
    changes.push(entry)
  })

  return {
    changes,
    counts,
    frame: frameChanges(baseline, current),
    noCommonIds: matchedCount === 0 && counts.added > 0 && counts.removed > 0,
    sameDataset: baseline.dataset.id === current.dataset.id,
    baselineExportedAt: baseline.exportedAt,
    thresholds,
  }
}

/**
 * A rank moves when others come, go or change; that alone does not make the opportunity
 * itself changed (else one new opportunity would mark every one below it).
 */
function hasContentChange(fields: readonly FieldChange[]): boolean {
  for (const f of fields) if (f.field !== 'rank' && f.field !== 'ownRank') return true
  return false
}

function count(counts: ComparisonCounts, entry: OpportunityChange): void {
  counts[entry.change]++
  if (entry.fields.includes(FIELD.status)) counts.statusChanged++
  if (entry.moved) counts.moved++
}

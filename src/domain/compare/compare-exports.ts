import type { NormalisedExport } from '../dataset/normalise-export.ts'
import type { ScoreTable } from '../scoring/score-table.ts'
import { scoreOpportunities, scoringPlan, type Weights } from '../scoring/scoring.ts'
import {
  CHANGE_FIELDS,
  DEFAULT_MOVE_THRESHOLDS,
  type ChangeField,
  type Comparison,
  type ComparisonCounts,
  type FieldChange,
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
  table: ScoreTable | null,
  tableNow: ScoreTable | null,
  axis: 'impact' | 'feasibility' | 'priority',
  i: number,
  j: number,
): ScoreChange {
  const then = table && i >= 0 ? valueOn100(table[axis][i]) : null
  const now = tableNow && j >= 0 ? valueOn100(tableNow[axis][j]) : null
  return { then, now, delta: then !== null && now !== null ? now - then : null }
}

function valueOn100(v: number | undefined): number | null {
  return v === undefined || Number.isNaN(v) ? null : v * 100
}

function rankChange(
  table: ScoreTable | null,
  tableNow: ScoreTable | null,
  i: number,
  j: number,
): ScoreChange {
  const r = table && i >= 0 ? table.rank[i] : 0
  const q = tableNow && j >= 0 ? tableNow.rank[j] : 0
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

/** The four score changes of the opportunity at i (baseline) and j (current); -1 = absent. */
function scoreChanges(same: Tables, own: Tables, i: number, j: number) {
  return {
    impact: axisChange(same.baseline, same.current, 'impact', i, j),
    feasibility: axisChange(same.baseline, same.current, 'feasibility', i, j),
    priority: axisChange(same.baseline, same.current, 'priority', i, j),
    rank: rankChange(same.baseline, same.current, i, j),
    ownRank: rankChange(own.baseline, own.current, i, j),
  }
}

function isMoved(
  s: Pick<OpportunityChange, 'rank' | 'impact' | 'feasibility'>,
  t: MoveThresholds,
): boolean {
  const far = (d: number | null, limit: number) => d !== null && Math.abs(d) >= limit - EPSILON
  return (
    far(s.rank.delta, t.rank) || far(s.impact.delta, t.axis) || far(s.feasibility.delta, t.axis)
  )
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
  const matched = new Set<string>()
  current.opportunities.forEach((o, j) => {
    if (leftOut.has(o.id)) return
    const i = position.get(o.id) ?? -1
    const then =
      i >= 0 ? (baseline.opportunities[i] as (typeof baseline.opportunities)[number]).record : null
    if (then) matched.add(o.id)
    const scores = scoreChanges(same, own, i, j)
    const fields: FieldChange[] = []
    if (then) {
      for (const f of recordFieldsBeforeScores(then, o.record)) fields.push(FIELD[f])
      for (const f of scoreFieldChanges(then, o.record, shared)) fields.push(f)
      for (const f of SCORE_FIELDS) if (differs(scores[f])) fields.push(FIELD[f])
      for (const f of recordFieldsAfterScores(then, o.record)) fields.push(FIELD[f])
    }
    const change = !then ? 'added' : fields.some(isContentField) ? 'changed' : 'unchanged'
    const entry: OpportunityChange = {
      id: o.id,
      change,
      then,
      now: o.record,
      fields,
      milestones:
        then && fields.includes(FIELD.milestones)
          ? milestoneChanges(then.milestones, o.record.milestones)
          : [],
      ...scores,
      moved: then !== null && isMoved(scores, thresholds),
    }
    count(counts, entry)
    changes.push(entry)
  })
  baseline.opportunities.forEach((o, i) => {
    if (matched.has(o.id) || leftOut.has(o.id)) return
    const entry: OpportunityChange = {
      id: o.id,
      change: 'removed',
      then: o.record,
      now: null,
      fields: [],
      milestones: [],
      ...scoreChanges(same, own, i, -1),
      moved: false,
    }
    count(counts, entry)
    changes.push(entry)
  })

  return {
    changes,
    counts,
    frame: frameChanges(baseline, current),
    noCommonIds: matched.size === 0 && counts.added > 0 && counts.removed > 0,
    sameDataset: baseline.dataset.id === current.dataset.id,
    baselineExportedAt: baseline.exportedAt,
    thresholds,
  }
}

/**
 * A rank moves when others come, go or change; that alone does not make the opportunity
 * itself changed (else one new opportunity would mark every one below it).
 */
function isContentField(f: FieldChange): boolean {
  return f.field !== 'rank' && f.field !== 'ownRank'
}

function count(counts: ComparisonCounts, entry: OpportunityChange): void {
  counts[entry.change]++
  if (entry.fields.some((f) => f.field === 'status')) counts.statusChanged++
  if (entry.moved) counts.moved++
}

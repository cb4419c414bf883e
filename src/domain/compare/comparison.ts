import type { Opportunity } from '../format/export-schema.ts'

/**
 * What comparing two exports of a dataset gives: every opportunity of either, classed and with
 * what changed, and what changed in the frame they are scored and grouped by.
 */

export const CHANGE_CLASSES = ['added', 'removed', 'changed', 'unchanged'] as const
export type ChangeClass = (typeof CHANGE_CLASSES)[number]

/**
 * What a view can keep when comparing: a change class, or every opportunity whose status
 * changed, or every one that moved (`MoveThresholds`). Several are "any of them".
 */
export const CHANGE_FILTERS = [...CHANGE_CLASSES, 'status', 'moved'] as const
export type ChangeFilter = (typeof CHANGE_FILTERS)[number]

/** The fields a changed opportunity can list; a criterion's score is `score` with its id. */
export const CHANGE_FIELDS = [
  'title',
  'summary',
  'status',
  'theme',
  'clusters',
  'growthGoals',
  'innovationTypes',
  'score',
  'impact',
  'feasibility',
  'priority',
  'rank',
  'ownRank',
  'horizonStart',
  'horizonEnd',
  'phases',
  'milestones',
  'budget',
  'funding',
  'leadActor',
  'sources',
  'dependencies',
] as const
export type ChangeField = (typeof CHANGE_FIELDS)[number]

export interface FieldChange {
  field: ChangeField
  /** The criterion's id, for `score` only. */
  criterion?: string
}

export type MilestoneChangeKind = 'added' | 'removed' | 'moved' | 'done'

/** A milestone is the same one in both exports when its name is; `date` is then and now. */
export interface MilestoneChange {
  kind: MilestoneChangeKind
  /** The milestone as it is now (as it was, for a removed one). */
  name: Opportunity['title']
  dateThen: string | null
  dateNow: string | null
}

/** Scores on 0–100 and ranks, then (baseline) and now (current). */
export interface ScoreChange {
  then: number | null
  now: number | null
  /** now − then; null unless both are known. For ranks, then − now: up the list is positive. */
  delta: number | null
}

export interface OpportunityChange {
  id: string
  change: ChangeClass
  /** The baseline's record; null for an added one. */
  then: Opportunity | null
  /** The current record; null for a removed one. */
  now: Opportunity | null
  /**
   * Each changed field once, in `CHANGE_FIELDS` order (scores in criterion order). An
   * unchanged opportunity may still list `rank` and `ownRank`: its place moved because
   * others came, went or changed.
   */
  fields: readonly FieldChange[]
  milestones: readonly MilestoneChange[]
  /** Both exports scored with the same current weights. */
  impact: ScoreChange
  feasibility: ScoreChange
  priority: ScoreChange
  rank: ScoreChange
  /** Each export ranked with its own weights. */
  ownRank: ScoreChange
  /** Over a "moved" threshold (`MoveThresholds`). */
  moved: boolean
}

export interface MoveThresholds {
  /** Places up or down the list, under the current weights. */
  rank: number
  /** Points on the 0–100 scale, on impact or feasibility. */
  axis: number
}

export const DEFAULT_MOVE_THRESHOLDS: MoveThresholds = { rank: 3, axis: 10 }

export type ListChangeKind = 'added' | 'removed' | 'renamed'

export interface ListChange {
  kind: ListChangeKind
  id: string
}

export type CriterionChangeKind = 'added' | 'removed' | 'weight' | 'scale' | 'axis'

export interface CriterionChange {
  kind: CriterionChangeKind
  id: string
}

export interface FrameChanges {
  criteria: CriterionChange[]
  themes: ListChange[]
  clusters: ListChange[]
  actors: ListChange[]
  /** Criteria were added or removed (or moved axis): axis scores rest on different criteria. */
  differentCriteria: boolean
}

export interface ComparisonCounts {
  added: number
  removed: number
  changed: number
  unchanged: number
  statusChanged: number
  moved: number
}

export interface Comparison {
  /** Current opportunities in their order, then removed ones in the baseline's order. */
  changes: OpportunityChange[]
  counts: ComparisonCounts
  frame: FrameChanges
  /** Both have opportunities and no id is in both: added and removed say nothing then. */
  noCommonIds: boolean
  sameDataset: boolean
  baselineExportedAt: string
  thresholds: MoveThresholds
}

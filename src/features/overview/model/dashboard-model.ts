import type { DayRange, IsoDay } from '../../../domain/format/calendar.ts'
import { periodOrDateRange, rangesOverlap } from '../../../domain/format/calendar.ts'
import { GROWTH_GOALS, STATUSES } from '../../../domain/format/export-vocabulary.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { leadActorOf } from '../../../domain/dataset/normalised-opportunity.ts'
import { opportunityWithId } from '../../../domain/dataset/opportunity-lookup.ts'
import { overviewStats, type CountRow } from '../../../domain/dataset/overview-stats.ts'
import { priorityAt, type ScoreTable } from '../../../domain/scoring/score-table.ts'

/**
 * What the overview dashboard shows, from the loaded export, the opportunities the shared
 * filters leave and the scores under the current weights. Counting is the domain's
 * (overviewStats); this adds the money, the shares and what needs attention.
 */

export interface DashboardInput {
  data: NormalisedExport
  /** Positions in `data.opportunities` that pass the shared filters. */
  positions: readonly number[]
  /** Scores under the current weights, aligned with `data.opportunities`. */
  scores: ScoreTable
  /** Today, for overdue milestones. */
  today: IsoDay
  /** Records the validator set aside, and warnings in the report: of the whole export. */
  setAside: number
  warnings: number
}

/** A group's count and its summed estimated funding need (`budgetEur`). */
export interface GroupRow extends CountRow {
  need: number
}

export type FundingStatus = 'identified' | 'applied' | 'granted'
export const FUNDING_STATUSES: readonly FundingStatus[] = ['identified', 'applied', 'granted']

export interface Headline {
  /** Opportunities loaded in the export, before the filters. */
  loaded: number
  /** Opportunities the filters leave: the denominator of every share below. */
  shown: number
  setAside: number
  /** Statuses in lifecycle order, every status present (zero included). */
  byStatus: CountRow[]
  /** Sum of `budgetEur` over the shown opportunities. */
  fundingNeed: number
  /** Sums of funding amounts by their status; amounts without a status are left out. */
  funding: Record<FundingStatus, number>
  withLead: number
  scored: number
  /** With a horizon that overlaps the strategy period (work happening within it). */
  scheduledInPeriod: number
}

export interface TopRow {
  position: number
  id: string
  /** Priority on 0..1 under the current weights. */
  priority: number
  rank: number
}

export type AttentionKind =
  'setAside' | 'warnings' | 'unscored' | 'unscheduled' | 'dependencyConflicts' | 'overdueMilestones'

export const ATTENTION_KINDS: readonly AttentionKind[] = [
  'setAside',
  'warnings',
  'unscored',
  'unscheduled',
  'dependencyConflicts',
  'overdueMilestones',
]

export interface Dashboard {
  headline: Headline
  byTheme: GroupRow[]
  byGoal: GroupRow[]
  topTen: TopRow[]
  /** How many opportunities (or records, or warnings) each kind counts. */
  attention: Record<AttentionKind, number>
}

/** The strategy period's years as days, first to last. */
export function strategyDays(period: { start: number; end: number }): DayRange {
  return { start: `${period.start}-01-01`, end: `${period.end}-12-31` }
}

/** `part` of `whole` as a whole percentage; 0 of 0 is 0. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 100)
}

/** Whether an unfinished milestone of the record ended before `today`. */
function hasOverdueMilestone(
  milestones: readonly { date: string; done?: boolean | undefined }[] | undefined,
  today: IsoDay,
): boolean {
  if (!milestones) return false
  for (const m of milestones) {
    if (m.done === true) continue
    const range = periodOrDateRange(m.date)
    if (range && range.end < today) return true
  }
  return false
}

/**
 * Whether a prerequisite starts after this opportunity does: the order in time contradicts
 * `dependsOn`, as the roadmap marks it. Prerequisites not loaded or unscheduled do not count.
 */
function hasDependencyConflict(data: NormalisedExport, position: number): boolean {
  const o = data.opportunities[position]
  const start = o?.horizonRange?.start
  const deps = o?.record.dependsOn
  if (start === undefined || !deps) return false
  for (const id of deps) {
    const dep = opportunityWithId(data, id)
    if (dep && dep.id !== o?.id && dep.horizonRange && dep.horizonRange.start > start) return true
  }
  return false
}

function emptyRows(keys: readonly string[]): Map<string, GroupRow> {
  return new Map(keys.map((key) => [key, { key, count: 0, need: 0 }]))
}

/** The counts, sums and shares of the dashboard, in one pass over the shown opportunities. */
export function dashboardModel(input: DashboardInput): Dashboard {
  const { data, positions, scores, today } = input
  const stats = overviewStats(data, scores, STATUSES, GROWTH_GOALS, positions)
  const period = strategyDays(data.dataset.strategyPeriod)
  const theme = emptyRows(data.themes.map((t) => t.id))
  const goal = emptyRows(GROWTH_GOALS)
  const funding: Record<FundingStatus, number> = { identified: 0, applied: 0, granted: 0 }
  let fundingNeed = 0
  let withLead = 0
  let scheduledInPeriod = 0
  let unscheduled = 0
  let conflicts = 0
  let overdue = 0
  for (const i of positions) {
    const o = data.opportunities[i]
    if (!o) continue
    const r = o.record
    const need = r.budgetEur ?? 0
    fundingNeed += need
    const t = theme.get(r.theme)
    if (t) t.need += need
    for (const g of new Set(r.growthGoals)) {
      const row = goal.get(g)
      if (row) row.need += need
    }
    for (const f of r.funding ?? [])
      if (f.status !== undefined && f.amountEur !== undefined) funding[f.status] += f.amountEur
    if (leadActorOf(r) !== null) withLead++
    if (!o.horizonRange) unscheduled++
    else if (rangesOverlap(o.horizonRange, period)) scheduledInPeriod++
    if (hasDependencyConflict(data, i)) conflicts++
    if (hasOverdueMilestone(r.milestones, today)) overdue++
  }
  const withCounts = (rows: Map<string, GroupRow>, counts: readonly CountRow[]) =>
    counts.map((c) => ({ ...c, need: rows.get(c.key)?.need ?? 0 }))
  return {
    headline: {
      loaded: data.opportunities.length,
      shown: stats.total,
      setAside: input.setAside,
      byStatus: stats.byStatus,
      fundingNeed,
      funding,
      withLead,
      scored: stats.total - stats.unscored,
      scheduledInPeriod,
    },
    byTheme: withCounts(theme, stats.byTheme),
    byGoal: withCounts(goal, stats.byGrowthGoal),
    topTen: stats.topTen.map((position) => ({
      position,
      id: data.opportunities[position]?.id ?? '',
      priority: priorityAt(scores, position) ?? 0,
      rank: scores.rank[position] ?? 0,
    })),
    attention: {
      setAside: input.setAside,
      warnings: input.warnings,
      unscored: stats.unscored,
      unscheduled,
      dependencyConflicts: conflicts,
      overdueMilestones: overdue,
    },
  }
}

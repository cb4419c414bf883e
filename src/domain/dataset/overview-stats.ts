import type { Dataset, Theme } from '../format/export-schema.ts'
import type { LocalizedText } from '../format/localized-text.ts'
import type { NormalisedExport } from './normalise-export.ts'
import { priorityAt, type ScoreTable } from '../scoring/score-table.ts'

const TOP = 10

export interface CountRow {
  key: string
  count: number
}

export interface OverviewStats {
  total: number
  byTheme: CountRow[]
  byStatus: CountRow[]
  byGrowthGoal: CountRow[]
  /** Positions in `opportunities` of the ten highest priority scores, best first. */
  topTen: number[]
  unscored: number
}

/**
 * Counts for the overview, in the export's own order of themes and the spec's order of
 * statuses and goals, so the page reads the same every time. `passing` restricts to the
 * opportunities the filters leave (all when omitted).
 */
export function overviewStats(
  data: NormalisedExport,
  scores: ScoreTable,
  statuses: readonly string[],
  goals: readonly string[],
  passing?: readonly number[],
): OverviewStats {
  const indices = passing ?? data.opportunities.map((_, i) => i)
  const theme = new Map<string, number>(data.themes.map((t) => [t.id, 0]))
  const status = new Map<string, number>(statuses.map((s) => [s, 0]))
  const goal = new Map<string, number>(goals.map((g) => [g, 0]))
  const ranks = scores.rank
  let unscored = 0
  // The ten best ranks, kept in order as we go: a pass over all, with no sort of them.
  const top: number[] = []
  for (const i of indices) {
    const o = data.opportunities[i]
    if (!o) continue
    theme.set(o.record.theme, (theme.get(o.record.theme) ?? 0) + 1)
    status.set(o.record.status, (status.get(o.record.status) ?? 0) + 1)
    for (const g of o.record.growthGoals) goal.set(g, (goal.get(g) ?? 0) + 1)
    const rank = ranks[i] ?? 0
    if (rank === 0) {
      unscored++
      continue
    }
    if (top.length === TOP && rank >= (ranks[top[TOP - 1] as number] as number)) continue
    let k = Math.min(top.length, TOP - 1)
    while (k > 0 && (ranks[top[k - 1] as number] as number) > rank) {
      top[k] = top[k - 1] as number
      k--
    }
    top[k] = i
  }
  const rows = (m: Map<string, number>) => [...m].map(([key, count]) => ({ key, count }))
  return {
    total: indices.length,
    byTheme: rows(theme),
    byStatus: rows(status),
    byGrowthGoal: rows(goal),
    topTen: top,
    unscored,
  }
}

export interface TopOpportunity {
  id: string
  title: LocalizedText
  /** The priority score on 0..1. */
  priority: number
}

/**
 * Everything the overview page shows, and nothing more: small enough to post from the worker
 * the moment validation ends, so the page can show it before the (large) data itself has been
 * handed over; and made by the same function on the page once the data is there, so the two
 * can never differ. Plain objects and arrays only: it must survive structured cloning.
 */
export interface OverviewSummary {
  dataset: Dataset
  exportedAt: string
  /** Every theme's id and name, for the count table's labels. */
  themes: Pick<Theme, 'id' | 'name'>[]
  total: number
  byTheme: CountRow[]
  byStatus: CountRow[]
  byGrowthGoal: CountRow[]
  /** The ten highest priority scores, best first. */
  topTen: TopOpportunity[]
  unscored: number
}

export function overviewSummary(
  data: NormalisedExport,
  statuses: readonly string[],
  goals: readonly string[],
): OverviewSummary {
  const stats = overviewStats(data, data.scores, statuses, goals)
  const topTen: TopOpportunity[] = []
  for (const i of stats.topTen) {
    const o = data.opportunities[i]
    const priority = priorityAt(data.scores, i)
    if (o && priority !== null) topTen.push({ id: o.id, title: o.record.title, priority })
  }
  return {
    dataset: data.dataset,
    exportedAt: data.exportedAt,
    themes: data.themes.map((t) => ({ id: t.id, name: t.name })),
    total: stats.total,
    byTheme: stats.byTheme,
    byStatus: stats.byStatus,
    byGrowthGoal: stats.byGrowthGoal,
    topTen,
    unscored: stats.unscored,
  }
}

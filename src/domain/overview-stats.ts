import type { NormalisedExport } from './normalise-export.ts'
import type { OpportunityScore } from './scoring.ts'

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
  scores: readonly OpportunityScore[],
  statuses: readonly string[],
  goals: readonly string[],
  passing?: readonly number[],
): OverviewStats {
  const indices = passing ?? data.opportunities.map((_, i) => i)
  const theme = new Map<string, number>(data.themes.map((t) => [t.id, 0]))
  const status = new Map<string, number>(statuses.map((s) => [s, 0]))
  const goal = new Map<string, number>(goals.map((g) => [g, 0]))
  let unscored = 0
  for (const i of indices) {
    const o = data.opportunities[i]
    if (!o) continue
    theme.set(o.record.theme, (theme.get(o.record.theme) ?? 0) + 1)
    status.set(o.record.status, (status.get(o.record.status) ?? 0) + 1)
    for (const g of o.record.growthGoals) goal.set(g, (goal.get(g) ?? 0) + 1)
    if (scores[i]?.rank === null) unscored++
  }
  const rows = (m: Map<string, number>) => [...m].map(([key, count]) => ({ key, count }))
  const ranked = indices.filter((i) => scores[i]?.rank !== null && scores[i]?.rank !== undefined)
  ranked.sort((a, b) => (scores[a]?.rank as number) - (scores[b]?.rank as number))
  return {
    total: indices.length,
    byTheme: rows(theme),
    byStatus: rows(status),
    byGrowthGoal: rows(goal),
    topTen: ranked.slice(0, 10),
    unscored,
  }
}

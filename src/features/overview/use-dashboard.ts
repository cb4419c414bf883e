import { useMemo } from 'react'
import type { ExportLoad } from '../../data/load/use-export-load.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { ScoreTable } from '../../domain/scoring/score-table.ts'
import { scoreOpportunities } from '../../domain/scoring/scoring.ts'
import { problemCounts, setAsideCount } from '../../domain/validate/report-counts.ts'
import { useSearchString } from '../../url-state/location.ts'
import { withViewState, type ViewState } from '../../url-state/view-state.ts'
import { dashboardModel, type Dashboard } from './model/dashboard-model.ts'

/** Today as an ISO day in UTC: milestones are dated by day, so the hour does not matter. */
function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/**
 * The dashboard of the filtered opportunities under the link's what-if weights, so the top
 * ten agrees with the matrix opened from the same link.
 */
export function useDashboard(
  data: NormalisedExport,
  positions: readonly number[],
  weights: ViewState['weights'],
  load: ExportLoad,
): { dashboard: Dashboard; scores: ScoreTable } {
  const scores = useMemo(
    () => (Object.keys(weights).length === 0 ? data.scores : scoreOpportunities(data, weights)),
    [data, weights],
  )
  const report = load.phase === 'done' ? load.fetched.report : null
  const setAside = report ? setAsideCount(report) : 0
  const warnings = report ? problemCounts(report).warnings : 0
  const dashboard = useMemo(
    () => dashboardModel({ data, positions, scores, today: today(), setAside, warnings }),
    [data, positions, scores, setAside, warnings],
  )
  return { dashboard, scores }
}

/** The query string of a link that adds `patch` to the current view state (and keeps `data`). */
export function useStateSearch(state: ViewState): (patch: Partial<ViewState>) => string {
  const search = useSearchString()
  return (patch) => {
    const next = withViewState(search, { ...state, ...patch })
    return next === '' ? '' : `?${next}`
  }
}

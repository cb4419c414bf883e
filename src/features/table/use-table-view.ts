import { useMemo } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { ScoreTable } from '../../domain/scoring/score-table.ts'
import { scoreOpportunities } from '../../domain/scoring/scoring.ts'
import type { UiLanguage } from '../../domain/format/languages.ts'
import { defaultColumns, visibleColumnIds } from './model/table-columns.ts'
import type { TableDecisions } from './model/decision-cells.ts'
import type { TableComparison } from './model/compare-cells.ts'
import { flattenGroups, groupRows, isGroupBy, type TableGroup } from './model/table-group.ts'
import { positionMask, rangeMask, type ColumnRange } from './model/table-range.ts'
import { createTableModel, type TableLabels, type TableModel } from './model/table-row-model.ts'
import { selectPositions, sortPositions, type SortSpec } from './model/table-sort.ts'
import type { ViewState } from '../../url-state/view-state.ts'
import type { OpportunityChange } from '../../domain/compare/comparison.ts'
import { withRemovedRows } from './model/removed-rows.ts'

const NONE_REMOVED: readonly OpportunityChange[] = []

export interface TableView {
  model: TableModel
  /** Shown column ids, in order (pinned first). */
  columns: string[]
  /** The URL's sort without unknown columns. */
  sort: SortSpec[]
  /** Range filters on known number and date columns. */
  ranges: Record<string, ColumnRange>
  /** Positions that pass every filter (shared and the table's ranges), in sorted order. */
  rows: Int32Array
  /** Positions passing the range filters alone, as a mask (null: no range filter). */
  ranged: Uint8Array | null
  /** Positions passing the shared filters and ranges, as a mask (null: all of them). */
  pass: Uint8Array | null
  groups: TableGroup[] | null
  /** What the grid shows: positions, and group headers as -(group index + 1). */
  display: Int32Array
}

/**
 * The table's rows from the loaded export, the URL state and the shared filters' positions.
 * Each step is memoised on its own inputs so that a keystroke in the search box only redoes
 * the filtering (an O(n) pass over the sorted order), and a header click only the sort.
 */
export function useTableView(
  data: NormalisedExport,
  state: ViewState,
  positions: readonly number[],
  lang: UiLanguage,
  labels: TableLabels,
  collapsed: ReadonlySet<string>,
  comparison: TableComparison | null = null,
  decisions: TableDecisions | null = null,
  /** The comparison's removed ones to show as rows (the change filter asks for them). */
  removed: readonly OpportunityChange[] = NONE_REMOVED,
): TableView {
  // Memoised on the fields' canonical text, not their identity: a navigation may hand over
  // equal arrays and objects anew, and rescoring or resorting 100 000 rows for nothing shows.
  const weightsText = JSON.stringify(state.weights)
  const scores: ScoreTable = useMemo(() => {
    const weights = JSON.parse(weightsText) as Record<string, number>
    return Object.keys(weights).length === 0 ? data.scores : scoreOpportunities(data, weights)
  }, [data, weightsText])
  const withRemoved = useMemo(() => withRemovedRows(data, scores, removed), [data, scores, removed])
  const model = useMemo(
    () => ({
      ...createTableModel(
        withRemoved.data,
        withRemoved.scores,
        lang,
        labels,
        comparison,
        decisions,
      ),
      removedFrom: withRemoved.removedFrom,
    }),
    [withRemoved, lang, labels, comparison, decisions],
  )
  const colsText = state.cols.join(',')
  const deciding = decisions !== null
  const columns = useMemo(
    () =>
      visibleColumnIds(
        colsText === '' ? [] : colsText.split(','),
        model.columns,
        defaultColumns(comparison !== null, deciding),
      ),
    [colsText, model.columns, comparison, deciding],
  )

  const sortText = JSON.stringify(state.sort)
  const sort = useMemo(
    () => (JSON.parse(sortText) as SortSpec[]).filter((k) => model.columnById.has(k.column)),
    [sortText, model],
  )
  const order = useMemo(
    () =>
      sortPositions(
        model.data.opportunities.length,
        sort.map((k) => model.keys(k.column)),
        sort.map((k) => k.desc),
      ),
    [model, sort],
  )

  const rangeText = JSON.stringify(state.range)
  const ranges = useMemo(() => {
    const out: Record<string, ColumnRange> = {}
    for (const [id, r] of Object.entries(JSON.parse(rangeText) as Record<string, ColumnRange>)) {
      const kind = model.columnById.get(id)?.kind
      if (kind === 'number' || kind === 'date') out[id] = r
    }
    return out
  }, [rangeText, model])
  const ranged = useMemo(
    () =>
      rangeMask(
        model.data.opportunities.length,
        Object.entries(ranges).map(([id, range]) => ({ keys: model.keys(id), range })),
      ),
    [model, ranges],
  )
  const pass = useMemo(() => {
    const n = model.data.opportunities.length
    if (positions.length === n && ranged === null) return null
    return positionMask(n, positions, ranged)
  }, [model, positions, ranged])
  const rows = useMemo(() => selectPositions(order, pass), [order, pass])

  const groupBy = isGroupBy(state.group) ? state.group : null
  const groups = useMemo(
    () =>
      groupBy === null
        ? null
        : groupRows(model.data, rows, groupBy, model.keys('budget'), model.keys('priority')),
    [rows, groupBy, model],
  )
  const display = useMemo(
    () => (groups === null ? rows : flattenGroups(groups, collapsed)),
    [groups, rows, collapsed],
  )
  // One object while its parts stay the same, so the memoised grid it is handed is skipped.
  return useMemo(
    () => ({ model, columns, sort, ranges, rows, ranged, pass, groups, display }),
    [model, columns, sort, ranges, rows, ranged, pass, groups, display],
  )
}

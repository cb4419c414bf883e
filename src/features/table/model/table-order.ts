import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import type { UiLanguage } from '../../../domain/format/languages.ts'
import { scoreOpportunities } from '../../../domain/scoring/scoring.ts'
import type { ViewState } from '../../../url-state/view-state.ts'
import { flattenGroups, groupRows, isGroupBy } from './table-group.ts'
import { positionMask, rangeMask, type ColumnRange } from './table-range.ts'
import { createTableModel, type TableLabels } from './table-row-model.ts'
import { selectPositions, sortPositions } from './table-sort.ts'

/**
 * The table's rows in the order it shows them, as export positions: its sort, its range
 * filters and the shared filters (`positions`), grouped as it groups them, every group open.
 * The same steps as the table view (use-table-view.ts) in one pass, for the opportunity
 * page's previous / next.
 */
export function tableOrder(
  data: NormalisedExport,
  state: ViewState,
  positions: readonly number[],
  lang: UiLanguage,
  labels: TableLabels,
): Int32Array {
  const n = data.opportunities.length
  const scores =
    Object.keys(state.weights).length === 0 ? data.scores : scoreOpportunities(data, state.weights)
  const model = createTableModel(data, scores, lang, labels)
  const sort = state.sort.filter((k) => model.columnById.has(k.column))
  const order = sortPositions(
    n,
    sort.map((k) => model.keys(k.column)),
    sort.map((k) => k.desc),
  )
  const ranges = Object.entries(state.range).flatMap(([id, range]) => {
    const kind = model.columnById.get(id)?.kind
    return kind === 'number' || kind === 'date'
      ? [{ keys: model.keys(id), range: range as ColumnRange }]
      : []
  })
  const ranged = rangeMask(n, ranges)
  const pass = positions.length === n && ranged === null ? null : positionMask(n, positions, ranged)
  const rows = selectPositions(order, pass)
  if (!isGroupBy(state.group)) return rows
  const groups = groupRows(data, rows, state.group, model.keys('budget'), model.keys('priority'))
  // Group headers are negative entries of the display list: only the rows are kept.
  return flattenGroups(groups, new Set()).filter((entry) => entry >= 0)
}

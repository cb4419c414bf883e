import { buildMatrixModel, rowsByRank } from '../features/matrix/model/matrix-model.ts'
import type { ViewOrder } from '../features/shared/view-order.ts'
import { tableOrder } from '../features/table/model/table-order.ts'
import type { TableLabels } from '../features/table/model/table-row-model.ts'
import { tableCatalog } from '../features/table/table-catalog.ts'
import { translateFeature } from '../i18n/feature-catalog.ts'

/**
 * The order each view shows its opportunities in, from the views' own pure models: the
 * table's sort, ranges and grouping; the matrix's rank under the link's weights, the unranked
 * after. The roadmap's order is not worked out here yet, so a page opened from it has no
 * previous / next.
 */
export const viewOrder: ViewOrder = ({ via, data, state, positions, t }) => {
  if (via === 'table') {
    const lang = state.lang
    const labels: TableLabels = {
      status: (s) => t(`status.${s}`),
      goal: (g) => t(`goal.${g}`),
      type: (x) => t(`innovation.${x}`),
      quadrant: (q) => translateFeature(tableCatalog, lang, `quadrant.${q}`),
    }
    return tableOrder(data, state, positions, lang, labels)
  }
  if (via === 'matrix') {
    const model = buildMatrixModel(
      {
        opportunities: data.opportunities,
        criteria: data.criteria,
        normalisedScores: data.normalisedScores,
        exportScores: data.scores,
      },
      positions,
      state.weights,
    )
    return rowsByRank(model).map((row) => row.position)
  }
  return null
}

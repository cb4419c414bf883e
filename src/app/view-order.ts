import { resolveText } from '../domain/format/localized-text.ts'
import { scoreOpportunities } from '../domain/scoring/scoring.ts'
import { collatorFor } from '../domain/text/text-compare.ts'
import { buildMatrixModel, rowsByRank } from '../features/matrix/model/matrix-model.ts'
import { roadmapOrder } from '../features/roadmap/model/roadmap-order.ts'
import type { ViewOrder } from '../features/shared/view-order.ts'
import { tableOrder } from '../features/table/model/table-order.ts'
import type { TableLabels } from '../features/table/model/table-row-model.ts'
import { tableCatalog } from '../features/table/table-catalog.ts'
import { translateFeature } from '../i18n/feature-catalog.ts'

/**
 * The order each view shows its opportunities in, from the views' own pure models: the
 * table's sort, ranges and grouping; the matrix's rank under the link's weights, the unranked
 * after; the roadmap's lanes, rows and bars as they read, the unscheduled after.
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
  if (via === 'roadmap') {
    const weighted = Object.keys(state.weights).length > 0
    const ranks = (weighted ? scoreOpportunities(data, state.weights) : data.scores).rank
    const dl = data.dataset.defaultLanguage
    const collator = collatorFor(state.lang)
    const name = (id: string) =>
      resolveText(data.actorById.get(id)?.name, state.lang, dl)?.text ?? id
    return roadmapOrder(
      data,
      positions,
      ranks,
      state.lanes ?? 'theme',
      state.order ?? 'start',
      (a, b) => collator.compare(name(a), name(b)),
      state,
    )
  }
  return null
}

import { useMemo } from 'react'
import { matchesChangeFilter } from '../../domain/compare/change-filter.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { ViewState } from '../../url-state/view-state.ts'
import { useCompareLabels } from '../shared/compare/use-compare-labels.ts'
import { useComparison } from '../shared/compare/use-comparison.ts'
import type { TableComparison } from './model/compare-cells.ts'
import { removedChanges, removedPositions } from './model/removed-rows.ts'

/**
 * The table's comparison with the `?compare=` baseline under the table's weights: its cells,
 * and the filtered positions narrowed to the change filter (`change=`); when it asks for the
 * removed ones, their rows' positions after the current ones.
 */
export function useTableComparison(
  data: NormalisedExport,
  state: ViewState,
  positions: readonly number[],
) {
  const weightsText = JSON.stringify(state.weights)
  const weights = useMemo(() => JSON.parse(weightsText) as Record<string, number>, [weightsText])
  const { baseline, comparison } = useComparison(data, weights)
  const labels = useCompareLabels(data)
  const byId = useMemo(
    () => (comparison ? new Map(comparison.changes.map((c) => [c.id, c])) : null),
    [comparison],
  )
  const table = useMemo<TableComparison | null>(
    () => (byId ? { byId, ...labels } : null),
    [byId, labels],
  )
  const changesText = state.changes.join(',')
  const kept = useMemo(() => {
    if (!byId || changesText === '') return positions
    const filters = state.changes
    return positions.filter((p) => {
      const c = byId.get((data.opportunities[p] as { id: string }).id)
      return c !== undefined && matchesChangeFilter(c, filters)
    })
    // The filters are read through their text, which is their identity here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [byId, changesText, positions, data])
  const removed = useMemo(
    () =>
      comparison && state.changes.includes('removed') ? removedChanges(comparison.changes) : [],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [comparison, changesText],
  )
  // The removed ones' rows come after the current ones (`withRemovedRows`).
  const withRemoved = useMemo(
    () =>
      removed.length === 0
        ? kept
        : [...kept, ...removedPositions(data.opportunities.length, removed.length)],
    [kept, removed, data],
  )
  return { baseline, comparison, table, positions: withRemoved, removed }
}

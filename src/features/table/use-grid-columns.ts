import {
  columnOrderingFeature,
  columnPinningFeature,
  columnVisibilityFeature,
  createColumnHelper,
  tableFeatures,
  useTable,
} from '@tanstack/react-table'
import { useMemo } from 'react'
import type { TableColumn } from './model/table-columns.ts'
import { cellClass, columnState, tableWidthCss } from './model/grid-layout.ts'
import type { TableModel } from './model/table-row-model.ts'

/**
 * TanStack Table orders, hides and pins the columns; it is given no rows. The rows in the
 * virtual window are rendered straight from the table model by position, so no row or cell
 * objects are built per render (a row model for a window that moves on every scroll frame
 * would be rebuilt each time).
 */
type GridRow = never
const NO_ROWS: GridRow[] = []

const features = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnPinningFeature,
})
const helper = createColumnHelper<typeof features, GridRow>()

/** A shown column as its cells need it. */
export interface CellColumn {
  column: TableColumn
  className: string
}

/** The grid's columns: the headers in order, their cells' columns and the table's width. */
export function useGridColumns(
  model: TableModel,
  shown: readonly string[],
  labelOf: (columnId: string) => string,
) {
  const columnDefs = useMemo(
    () => model.columns.map((c) => helper.display({ id: c.id, header: () => labelOf(c.id) })),
    [model, labelOf],
  )
  const state = useMemo(() => columnState(shown, model.columns), [shown, model.columns])
  const table = useTable({ features, columns: columnDefs, data: NO_ROWS, state })
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const totalWidth = tableWidthCss(headers.map((h) => h.column.id))
  // The cells' columns in header order, the same array until the shown columns change, so the
  // memoised rows skip re-rendering.
  const headerIds = headers.map((h) => h.column.id).join('\n')
  const cellColumns: readonly CellColumn[] = useMemo(
    () =>
      headerIds.split('\n').flatMap((id) => {
        const column = model.columnById.get(id)
        return column ? [{ column, className: cellClass(id, column) }] : []
      }),
    [headerIds, model],
  )
  return { table, headers, cellColumns, totalWidth }
}

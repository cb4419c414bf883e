import { memo, useId, useMemo, useRef } from 'react'
import { stringifyRouterSearch } from '../../url-state/router-search.ts'
import { useRouterSearch } from '../../url-state/use-view-state.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { cellClass, columnWidthCss } from './model/grid-layout.ts'
import { groupKey, headerGroupIndex, type TableGroup } from './model/table-group.ts'
import { sortPlace } from './model/table-sort.ts'
import type { AgendaPicks } from './agenda-picker.tsx'
import { DataRow } from './data-row.tsx'
import { GroupRow } from './group-row.tsx'
import { SortHeaderCell } from './sort-header-cell.tsx'
import { tableCatalog } from './table-catalog.ts'
import { useGridColumns } from './use-grid-columns.ts'
import { useGridKeyboard } from './use-grid-keyboard.ts'
import { useGridVirtualizer } from './use-grid-virtualizer.ts'
import type { TableView } from './use-table-view.ts'

export interface TableGridProps {
  /** The rows as displayed (group headers among them), the shown columns and the sort. */
  view: Pick<TableView, 'model' | 'columns' | 'sort' | 'display' | 'groups'>
  labelOf: (columnId: string) => string
  groupLabel: (group: TableGroup) => string
  onSort: (column: string, additive: boolean) => void
  collapsed: ReadonlySet<string>
  onToggleGroup: (key: string) => void
  labelledBy: string
  describedBy: string
  /** The forum's agenda while the table picks one (a checkbox per row); null otherwise. */
  agenda?: AgendaPicks | null
}

const noPick = () => undefined

/**
 * The analyst table as a virtualised grid: only the rows in view (and a margin) are in the
 * DOM, so it stays quick at any number of rows.
 *
 * Memoised: typing in the search box re-renders the page at once with the old rows (the new
 * ones follow in a deferred render), and the URL catching up re-renders it again; neither
 * changes the grid's props, so the grid and its rows are skipped.
 */
export const TableGrid = memo(function TableGrid(props: TableGridProps) {
  const { model, display, groups, sort } = props.view
  const collapsed = props.collapsed
  const tt = useFeatureTranslate(tableCatalog)
  const locale = useLocale()
  // Rows open their opportunity with the table's state and `via=table`, so its page can step
  // through the rows in this order and come back here.
  const routerSearch = useRouterSearch()
  const linkSearch = useMemo(
    () => stringifyRouterSearch({ ...routerSearch, via: 'table' }),
    [routerSearch],
  )
  const scrollRef = useRef<HTMLDivElement>(null)
  const hintId = useId()
  const { virtualizer, items, padTop, padBottom } = useGridVirtualizer(scrollRef, display.length)
  const { table, headers, cellColumns, totalWidth } = useGridColumns(
    model,
    props.view.columns,
    props.labelOf,
  )
  useGridKeyboard(scrollRef, display.length, (i) => virtualizer.scrollToIndex(i, { align: 'auto' }))
  const colCount = headers.length
  const idOf = (position: number) => model.data.opportunities[position]?.id ?? ''

  return (
    <div
      ref={scrollRef}
      className="table-scroll"
      // The scroll area is focusable so the keyboard can scroll it (and focus can rest here).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      role="region"
      aria-labelledby={props.labelledBy}
    >
      <table
        className="data-table"
        style={{ width: totalWidth }}
        aria-labelledby={props.labelledBy}
        aria-describedby={`${props.describedBy} ${hintId}`}
        aria-rowcount={display.length + 1}
        aria-colcount={colCount}
      >
        <colgroup>
          {headers.map((h) => (
            <col key={h.id} style={{ width: columnWidthCss(h.column.id) }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {headers.map((h) => (
              <SortHeaderCell
                key={h.id}
                columnId={h.column.id}
                className={cellClass(h.column.id, model.columnById.get(h.column.id))}
                place={sortPlace(sort, h.column.id)}
                onSort={props.onSort}
              >
                <table.FlexRender header={h} />
              </SortHeaderCell>
            ))}
          </tr>
        </thead>
        <tbody>
          <SpacerRow height={padTop} colCount={colCount} />
          {items.map((it) => {
            const entry = display[it.index] as number
            const g = headerGroupIndex(entry)
            if (g === null)
              return (
                <DataRow
                  key={`r${entry}`}
                  index={it.index}
                  position={entry}
                  columns={cellColumns}
                  model={model}
                  locale={locale}
                  linkSearch={linkSearch}
                  picked={props.agenda ? props.agenda.picked.has(idOf(entry)) : null}
                  onPick={props.agenda?.toggle ?? noPick}
                />
              )
            const group = groups?.[g]
            if (!group) return null
            return (
              <GroupRow
                key={`g${groupKey(group)}`}
                index={it.index}
                group={group}
                name={props.groupLabel(group)}
                open={!collapsed.has(groupKey(group))}
                colCount={colCount}
                onToggle={props.onToggleGroup}
              />
            )
          })}
          <SpacerRow height={padBottom} colCount={colCount} />
        </tbody>
      </table>
      <p id={hintId} className="visually-hidden">
        {tt('sortHint')}
      </p>
    </div>
  )
})

/** The height of the rows above or below the virtual window, so the scrollbar is true. */
function SpacerRow({ height, colCount }: { height: number; colCount: number }) {
  if (height <= 0) return null
  return (
    <tr className="spacer" aria-hidden="true">
      <td colSpan={colCount} style={{ height }} />
    </tr>
  )
}

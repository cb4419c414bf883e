import {
  columnOrderingFeature,
  columnPinningFeature,
  columnVisibilityFeature,
  createColumnHelper,
  tableFeatures,
  useTable,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import { AppLink } from '../../url-state/app-link.tsx'
import { navigateTo, opportunityPath } from '../../url-state/location.ts'
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  type MouseEvent,
} from 'react'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { NormalisedOpportunity } from '../../domain/dataset/normalise-export.ts'
import { PINNED_COLUMN, type TableColumn } from './model/table-columns.ts'
import { groupKey, type TableGroup } from './model/table-group.ts'
import type { TableModel } from './model/table-row-model.ts'
import type { SortSpec } from './model/table-sort.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { Localized } from '../../ui/localized.tsx'
import { formatCell, formatEuroSum, formatMean } from './model/cell-format.ts'
import { tableCatalog } from './table-catalog.ts'

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

/** Row height in px: fixed, so the virtualiser never measures and never guesses wrong. */
export const ROW_HEIGHT = 36
/**
 * Rows rendered beyond each edge. While the area scrolls, enough that a fast scroll never
 * shows a blank row; at rest (a sort, a keystroke in the search box) fewer, since every row
 * rendered then is work between the click and the sorted rows on screen.
 */
const OVERSCAN_SCROLLING = 20
const OVERSCAN_AT_REST = 8

const WIDTHS: Readonly<Record<string, number>> = {
  id: 120,
  title: 340,
  theme: 190,
  clusters: 210,
  goals: 230,
  types: 170,
  status: 130,
  impact: 120,
  feasibility: 140,
  priority: 130,
  rank: 80,
  quadrant: 180,
  start: 130,
  end: 130,
  budget: 120,
  lead: 210,
  sources: 90,
  funding: 150,
  updated: 120,
}
export const widthOf = (id: string) => WIDTHS[id] ?? 120

const isNumeric = (c: TableColumn | undefined) => c?.kind === 'number'

export interface TableGridProps {
  model: TableModel
  columns: readonly string[]
  labelOf: (columnId: string) => string
  groupLabel: (group: TableGroup) => string
  sort: readonly SortSpec[]
  onSort: (column: string, additive: boolean) => void
  display: Int32Array
  groups: readonly TableGroup[] | null
  collapsed: ReadonlySet<string>
  onToggleGroup: (key: string) => void
  labelledBy: string
  describedBy: string
}

function rowKey(display: Int32Array, groups: readonly TableGroup[] | null, i: number): string {
  const v = display[i] as number
  if (v >= 0) return `r${v}`
  const g = groups?.[-v - 1]
  return `g${g ? groupKey(g) : v}`
}

/**
 * Memoised: typing in the search box re-renders the page at once with the old rows (the new
 * ones follow in a deferred render), and the URL catching up re-renders it again; neither
 * changes the grid's props, so the grid and its rows are skipped.
 */
export const TableGrid = memo(function TableGrid(props: TableGridProps) {
  const {
    model,
    columns,
    labelOf,
    groupLabel,
    sort,
    onSort,
    display,
    groups,
    collapsed,
    onToggleGroup,
  } = props
  const tt = useFeatureTranslate(tableCatalog)
  const locale = useLocale()
  const scrollRef = useRef<HTMLDivElement>(null)
  const focusWithin = useRef(false)
  const hintId = useId()
  const data = model.data

  // The virtualiser marks itself scrolling before it asks for the render that follows a scroll
  // event, so the wide overscan is there from that frame on.
  const scrolling = useRef<{ isScrolling: boolean } | null>(null)
  const virtualizer = useVirtualizer({
    count: display.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: scrolling.current?.isScrolling ? OVERSCAN_SCROLLING : OVERSCAN_AT_REST,
    // No getItemKey: the virtualiser's own (the index) never changes, so sorting does not make
    // it re-measure 100 000 rows. React keys below are the rows' own, so a row that stays in
    // view keeps its DOM (and focus) across a sort.
  })
  scrolling.current = virtualizer
  const items = virtualizer.getVirtualItems()

  const columnDefs = useMemo(
    () => model.columns.map((c) => helper.display({ id: c.id, header: () => labelOf(c.id) })),
    [model, labelOf],
  )
  const tableState = useMemo(() => {
    const shown = new Set(columns)
    return {
      columnVisibility: Object.fromEntries(model.columns.map((c) => [c.id, shown.has(c.id)])),
      columnOrder: [...columns, ...model.columns.map((c) => c.id).filter((id) => !shown.has(id))],
      columnPinning: { start: [PINNED_COLUMN], end: [] },
    }
  }, [columns, model.columns])
  const table = useTable({
    features,
    columns: columnDefs,
    data: NO_ROWS,
    state: tableState,
  })
  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const totalWidth = headers.reduce((w, h) => w + widthOf(h.column.id), 0)
  // The cells' columns in header order, the same array until the shown columns change, so the
  // memoised rows below skip re-rendering.
  const headerIds = headers.map((h) => h.column.id).join('\n')
  const cellColumns = useMemo(
    () =>
      headerIds.split('\n').flatMap((id) => {
        const column = model.columnById.get(id)
        return column ? [{ column, className: cellClass(model, id) }] : []
      }),
    [headerIds, model],
  )

  // A re-render that removes the focused row (scrolled far away, filtered out) must not drop
  // focus to the page: it moves to the scroll area, from where the keyboard carries on.
  useLayoutEffect(() => {
    const area = scrollRef.current
    if (!focusWithin.current || area === null) return
    const active = document.activeElement
    if (active === null || active === document.body) area.focus({ preventScroll: true })
  })

  const sortIndex = (id: string) => sort.findIndex((k) => k.column === id)
  const first = items[0]
  const last = items[items.length - 1]
  const padTop = first ? first.start : 0
  const padBottom = last ? virtualizer.getTotalSize() - last.end : 0
  const colCount = headers.length

  // Up and down arrows move between the rows' links, scrolling as they go.
  const pendingFocus = useRef<number | null>(null)
  useLayoutEffect(() => {
    const i = pendingFocus.current
    if (i === null) return
    const el = scrollRef.current?.querySelector<HTMLElement>(
      `tr[data-index="${i}"] a, tr[data-index="${i}"] button`,
    )
    if (el) {
      pendingFocus.current = null
      el.focus()
    }
  })
  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return
      const tr = (e.target as HTMLElement).closest('tr[data-index]')
      if (tr === null) return
      const next = Number(tr.getAttribute('data-index')) + (e.key === 'ArrowDown' ? 1 : -1)
      if (next < 0 || next >= display.length) return
      e.preventDefault()
      pendingFocus.current = next
      virtualizer.scrollToIndex(next, { align: 'auto' })
      const el = scrollRef.current?.querySelector<HTMLElement>(
        `tr[data-index="${next}"] a, tr[data-index="${next}"] button`,
      )
      if (el) {
        pendingFocus.current = null
        el.focus()
      }
    },
    [display.length, virtualizer],
  )
  // Listened to natively on the scroll area: focus and keys come from the links and buttons
  // in the rows, which are the interactive elements.
  const keyHandler = useRef(onKeyDown)
  keyHandler.current = onKeyDown
  useEffect(() => {
    const area = scrollRef.current
    if (area === null) return
    const onIn = () => (focusWithin.current = true)
    const onOut = (e: FocusEvent) => {
      if (!area.contains(e.relatedTarget as Node | null)) focusWithin.current = false
    }
    const onKey = (e: KeyboardEvent) => keyHandler.current(e)
    area.addEventListener('focusin', onIn)
    area.addEventListener('focusout', onOut)
    area.addEventListener('keydown', onKey)
    return () => {
      area.removeEventListener('focusin', onIn)
      area.removeEventListener('focusout', onOut)
      area.removeEventListener('keydown', onKey)
    }
  }, [])

  const openRow = (e: MouseEvent<HTMLTableRowElement>, id: string) => {
    // Links and buttons in the row do their own thing; a click elsewhere opens the row.
    if ((e.target as HTMLElement).closest('a, button, input, select')) return
    if (window.getSelection()?.toString()) return
    navigateTo(opportunityPath(id))
  }

  // Rows are memoised: they get one callback for good, which calls the latest `openRow`.
  const openRowRef = useRef(openRow)
  openRowRef.current = openRow
  const onRowClick = useCallback(
    (e: MouseEvent<HTMLTableRowElement>, id: string) => openRowRef.current(e, id),
    [],
  )

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
            <col key={h.id} style={{ width: widthOf(h.column.id) }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {headers.map((h) => {
              const id = h.column.id
              const at = sortIndex(id)
              const key = at < 0 ? undefined : sort[at]
              return (
                <th
                  key={h.id}
                  scope="col"
                  className={cellClass(model, id)}
                  aria-sort={key ? (key.desc ? 'descending' : 'ascending') : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    data-column={id}
                    onClick={(e) => onSort(id, e.shiftKey)}
                  >
                    <span className="sort-label">
                      <table.FlexRender header={h} />
                    </span>
                    <span className="sort-mark" aria-hidden="true">
                      {key ? (key.desc ? '▼' : '▲') : '↕'}
                      {key && sort.length > 1 ? <sup>{at + 1}</sup> : null}
                    </span>
                    {key ? (
                      <span className="visually-hidden">
                        {', '}
                        {key.desc ? tt('sortedDesc') : tt('sortedAsc')}
                        {sort.length > 1 ? `, ${tt('sortKeyNumber', { n: at + 1 })}` : ''}
                      </span>
                    ) : null}
                  </button>
                </th>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 ? (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={colCount} style={{ height: padTop }} />
            </tr>
          ) : null}
          {items.map((it) => {
            const v = display[it.index] as number
            if (v < 0) {
              const g = groups?.[-v - 1]
              if (!g) return null
              const gk = groupKey(g)
              const open = !collapsed.has(gk)
              const name = groupLabel(g)
              return (
                <tr
                  key={rowKey(display, groups, it.index)}
                  data-index={it.index}
                  aria-rowindex={it.index + 2}
                  className="group-row"
                >
                  <td colSpan={colCount}>
                    <button
                      type="button"
                      className="group-toggle"
                      aria-expanded={open}
                      onClick={() => onToggleGroup(gk)}
                    >
                      <span aria-hidden="true">{open ? '▾' : '▸'}</span>{' '}
                      <span className="visually-hidden">
                        {open ? tt('group.collapse', { name }) : tt('group.expand', { name })}
                      </span>
                      <strong aria-hidden="true">{name}</strong>
                    </button>{' '}
                    <span className="group-summary">
                      {tt('group.summary', {
                        count: g.positions.length,
                        budget: formatEuroSum(g.budgetSum, locale),
                        mean:
                          g.priorityMean === null
                            ? tt('group.noMean')
                            : formatMean(g.priorityMean, locale),
                      })}
                    </span>
                  </td>
                </tr>
              )
            }
            const o = data.opportunities[v]
            if (!o) return null
            return (
              <DataRow
                key={`r${v}`}
                index={it.index}
                position={v}
                opportunity={o}
                columns={cellColumns}
                model={model}
                locale={locale}
                onOpen={onRowClick}
              />
            )
          })}
          {padBottom > 0 ? (
            <tr className="spacer" aria-hidden="true">
              <td colSpan={colCount} style={{ height: padBottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
      <p id={hintId} className="visually-hidden">
        {tt('sortHint')}
      </p>
    </div>
  )
})

interface CellColumn {
  column: TableColumn
  className: string
}

/**
 * One opportunity's row. Memoised on its position, index and columns: a scroll, a sort or a
 * keystroke in the search box renders only the rows that came into view or moved, not the
 * few dozen around them.
 */
const DataRow = memo(function DataRow({
  index,
  position,
  opportunity,
  columns,
  model,
  locale,
  onOpen,
}: {
  index: number
  position: number
  opportunity: NormalisedOpportunity
  columns: readonly CellColumn[]
  model: TableModel
  locale: string
  onOpen: (e: MouseEvent<HTMLTableRowElement>, id: string) => void
}) {
  return (
    // A click anywhere on a row opens it, for the mouse; the keyboard has the title link in
    // the same row.
    <tr data-index={index} aria-rowindex={index + 2} onClick={(e) => onOpen(e, opportunity.id)}>
      <RowCells
        position={position}
        opportunity={opportunity}
        columns={columns}
        model={model}
        locale={locale}
      />
    </tr>
  )
})

/** A row's cells, apart from its index: a row that only moved up or down is not re-rendered. */
const RowCells = memo(function RowCells({
  position,
  opportunity,
  columns,
  model,
  locale,
}: {
  position: number
  opportunity: NormalisedOpportunity
  columns: readonly CellColumn[]
  model: TableModel
  locale: string
}) {
  const defaultLanguage = model.data.dataset.defaultLanguage
  return columns.map(({ column, className }) => {
    if (column.id === PINNED_COLUMN)
      return (
        <td key={column.id} className={className}>
          <CellContent
            column={column}
            opportunity={opportunity}
            position={position}
            model={model}
            locale={locale}
            defaultLanguage={defaultLanguage}
          />
        </td>
      )
    // Plain text in the cell, no wrapper element: fewer nodes to lay out per frame.
    const text = formatCell(column.kind, column.id, model.value(column.id, position), locale)
    return (
      <td key={column.id} className={className} title={text.length > 24 ? text : undefined}>
        {text}
      </td>
    )
  })
})

function cellClass(model: TableModel, id: string): string {
  const classes: string[] = []
  if (id === PINNED_COLUMN) classes.push('pinned')
  if (isNumeric(model.columnById.get(id))) classes.push('number')
  return classes.join(' ')
}

function CellContent({
  column,
  opportunity,
  position,
  model,
  locale,
  defaultLanguage,
}: {
  column: TableColumn
  opportunity: NormalisedOpportunity | undefined
  position: number
  model: TableModel
  locale: string
  defaultLanguage: ContentLanguage
}) {
  if (column.id === 'title' && opportunity) {
    return (
      <AppLink to={opportunityPath(opportunity.id)} className="row-link">
        <Localized
          value={opportunity.record.title}
          defaultLanguage={defaultLanguage}
          hint={false}
        />
      </AppLink>
    )
  }
  const text = formatCell(column.kind, column.id, model.value(column.id, position), locale)
  return <span title={text.length > 24 ? text : undefined}>{text}</span>
}

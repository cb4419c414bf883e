import { describe, expect, it } from 'vitest'
import {
  arrowTarget,
  cellClass,
  columnWidthCss,
  tableWidthCss,
  cellTooltip,
  columnState,
  columnWidth,
  overscanFor,
  rowControlSelector,
  windowPadding,
} from './grid-layout.ts'
import { tableColumns } from './table-columns.ts'

const columns = tableColumns([{ id: 'imp' }])

describe('grid columns', () => {
  it('gives known columns their width and others a default', () => {
    expect(columnWidth('title')).toBe(340)
    expect(columnWidth('score.imp')).toBe(120)
  })

  it('marks the pinned column and right-aligns numbers', () => {
    const byId = (id: string) => columns.find((c) => c.id === id)
    expect(cellClass('title', byId('title'))).toBe('pinned')
    expect(cellClass('budget', byId('budget'))).toBe('number')
    expect(cellClass('score.imp', byId('score.imp'))).toBe('number')
    expect(cellClass('theme', byId('theme'))).toBe('')
  })

  it('shows the chosen columns in order, the rest hidden after them, the title pinned', () => {
    const state = columnState(['title', 'budget', 'theme'], columns)
    expect(state.columnOrder.slice(0, 3)).toEqual(['title', 'budget', 'theme'])
    expect(state.columnOrder).toHaveLength(columns.length)
    expect(state.columnVisibility).toMatchObject({ title: true, budget: true, id: false })
    expect(state.columnPinning).toEqual({ start: ['title'], end: [] })
  })

  it('gives long texts a tooltip', () => {
    expect(cellTooltip('short')).toBeUndefined()
    expect(cellTooltip('x'.repeat(25))).toBe('x'.repeat(25))
  })
})

describe('grid rows', () => {
  it('renders more rows beyond the edges while scrolling', () => {
    expect(overscanFor(true)).toBeGreaterThan(overscanFor(false))
  })

  it('pads above and below the rendered rows to the full height', () => {
    expect(windowPadding([], 0)).toEqual({ top: 0, bottom: 0 })
    const rows = [
      { start: 360, end: 396 },
      { start: 396, end: 432 },
    ]
    expect(windowPadding(rows, 3600)).toEqual({ top: 360, bottom: 3168 })
  })

  it('moves a row up or down with the arrows, not past either end', () => {
    expect(arrowTarget('ArrowDown', 0, 3)).toBe(1)
    expect(arrowTarget('ArrowUp', 2, 3)).toBe(1)
    expect(arrowTarget('ArrowDown', 2, 3)).toBeNull()
    expect(arrowTarget('ArrowUp', 0, 3)).toBeNull()
    expect(arrowTarget('Enter', 1, 3)).toBeNull()
  })

  it('finds a row’s link or button by its index', () => {
    expect(rowControlSelector(4)).toBe('tr[data-index="4"] a, tr[data-index="4"] button')
  })
})

describe('column widths as CSS', () => {
  it('gives the pinned title its width from the frame, with its own width as the fallback', () => {
    expect(columnWidthCss('title')).toBe('var(--pinned-width, 340px)')
    expect(columnWidthCss('status')).toBe('130px')
  })

  it('adds the fixed columns and the pinned one into the table width', () => {
    expect(tableWidthCss(['title', 'status', 'rank'])).toBe(
      'calc(210px + var(--pinned-width, 340px))',
    )
    expect(tableWidthCss(['status', 'rank'])).toBe('210px')
  })
})

import { describe, expect, it } from 'vitest'
import {
  DEFAULT_COLUMNS,
  colsParam,
  moveColumn,
  tableColumns,
  toggleColumn,
  visibleColumnIds,
} from './table-columns.ts'

const columns = tableColumns([{ id: 'imp' }, { id: 'x'.repeat(64) }])

describe('table columns', () => {
  it('has a score column per criterion, when its id fits in a URL word', () => {
    expect(columns.map((c) => c.id)).toContain('score.imp')
    expect(columns.filter((c) => c.id.startsWith('score.'))).toHaveLength(1)
  })

  it('shows the defaults when the URL names none, or none it knows', () => {
    expect(visibleColumnIds([], columns)).toEqual(DEFAULT_COLUMNS)
    expect(visibleColumnIds(['nope'], columns)).toEqual(DEFAULT_COLUMNS)
  })

  it('keeps the title first and shown whatever the URL says', () => {
    expect(visibleColumnIds(['status', 'title', 'id'], columns)).toEqual(['title', 'status', 'id'])
    expect(visibleColumnIds(['status'], columns)).toEqual(['title', 'status'])
    expect(toggleColumn(['title', 'status'], 'title')).toEqual(['title', 'status'])
  })

  it('shows, hides and moves columns, and writes defaults as nothing', () => {
    expect(toggleColumn(['title', 'status'], 'id')).toEqual(['title', 'status', 'id'])
    expect(toggleColumn(['title', 'status', 'id'], 'status')).toEqual(['title', 'id'])
    expect(moveColumn(['title', 'a', 'b'], 'b', -1)).toEqual(['title', 'b', 'a'])
    expect(moveColumn(['title', 'a', 'b'], 'a', -1)).toEqual(['title', 'a', 'b'])
    expect(moveColumn(['title', 'a', 'b'], 'b', 1)).toEqual(['title', 'a', 'b'])
    expect(colsParam([...DEFAULT_COLUMNS])).toEqual([])
    expect(colsParam(['title', 'id'])).toEqual(['title', 'id'])
  })
})

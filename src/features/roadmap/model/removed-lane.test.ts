import { describe, expect, it } from 'vitest'
import type { OpportunityChange } from '../../../domain/compare/comparison.ts'
import type { Sizes } from './geometry.ts'
import { removedItems, removedRects, removedRows, type RemovedItem } from './removed-lane.ts'
import { dayNumber } from './roadmap-days.ts'
import { timeScale } from './time-scale.ts'

const change = (
  id: string,
  kind: OpportunityChange['change'],
  horizon: { start: string; end: string } | undefined,
) =>
  ({
    id,
    change: kind,
    then: kind === 'added' ? null : { id, horizon },
    now: kind === 'removed' ? null : { id, horizon },
  }) as unknown as OpportunityChange

const item = (id: string, start: string, end: string): RemovedItem =>
  ({ id, then: {}, start: dayNumber(start), end: dayNumber(end) }) as RemovedItem

describe('removedItems', () => {
  it('keeps only the removed ones with a horizon, at the baseline’s days, in its order', () => {
    const items = removedItems([
      change('kept', 'changed', { start: '2025', end: '2026' }),
      change('r2', 'removed', { start: '2026', end: '2028' }),
      change('new', 'added', { start: '2025', end: '2026' }),
      change('unscheduled', 'removed', undefined),
      change('r1', 'removed', { start: '2025-Q4', end: '2026-Q4' }),
    ])
    expect(items.map((i) => [i.id, i.start, i.end])).toEqual([
      ['r2', dayNumber('2026-01-01'), dayNumber('2028-12-31')],
      ['r1', dayNumber('2025-10-01'), dayNumber('2026-12-31')],
    ])
  })
})

describe('removedRows', () => {
  it('stacks overlapping ones into rows, each row along time', () => {
    const rows = removedRows([
      item('late', '2027-01-01', '2027-12-31'),
      item('a', '2025-01-01', '2026-06-30'),
      item('b', '2026-01-01', '2026-12-31'),
    ])
    expect(rows.map((r) => r.map((i) => i.id))).toEqual([['a', 'late'], ['b']])
  })

  it('gives no rows for none', () => {
    expect(removedRows([])).toEqual([])
  })
})

describe('removedRects', () => {
  const s = { rowH: 40, barY: 20, barH: 14 } as Sizes
  const from = dayNumber('2026-01-01')
  const scale = timeScale(from, 100, 1000)

  it('places each ghost in its row at its days, cut to the window', () => {
    const rects = removedRects(
      [
        [item('a', '2026-01-11', '2026-01-20')],
        [item('b', '2025-06-01', '2026-02-09'), item('gone', '2024-01-01', '2024-12-31')],
      ],
      scale,
      s,
    )
    expect(rects[0]).toEqual({ id: 'a', x: 100, y: 20, width: 100, height: 14, inWindow: true })
    expect(rects[1]).toMatchObject({ id: 'b', x: -4, y: 60, width: 404, inWindow: true })
    expect(rects[2]).toMatchObject({ id: 'gone', width: 0, inWindow: false })
  })
})

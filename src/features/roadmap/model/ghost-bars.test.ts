import { describe, expect, it } from 'vitest'
import type { OpportunityChange } from '../../../domain/compare/comparison.ts'
import { ghostRects, horizonShifts, monthsBetween } from './ghost-bars.ts'
import type { LaneBox, Sizes } from './geometry.ts'
import type { BarPlace } from './roadmap-layout.ts'
import { dayNumber } from './roadmap-days.ts'
import { timeScale } from './time-scale.ts'

const change = (
  id: string,
  then: { start: string; end: string } | undefined,
  now: { start: string; end: string } | undefined,
  fields: OpportunityChange['fields'] = [{ field: 'horizonEnd' }],
  kind: OpportunityChange['change'] = 'changed',
) =>
  ({
    id,
    change: kind,
    then: { horizon: then },
    now: { horizon: now },
    fields,
  }) as unknown as OpportunityChange

describe('monthsBetween', () => {
  it('counts calendar months, either way', () => {
    expect(monthsBetween('2026-03-31', '2026-06-30')).toBe(3)
    expect(monthsBetween('2027-01-01', '2026-11-30')).toBe(-2)
    expect(monthsBetween('2026-12-31', '2026-12-31')).toBe(0)
  })
})

describe('horizonShifts', () => {
  it('gives the baseline horizon and the slip of the end in months', () => {
    const [shift] = horizonShifts([
      change('a', { start: '2025', end: '2026-Q2' }, { start: '2025', end: '2026-Q4' }),
    ])
    expect(shift).toEqual({
      id: 'a',
      thenStart: dayNumber('2025-01-01'),
      thenEnd: dayNumber('2026-06-30'),
      slipMonths: 6,
    })
  })

  it('uses the start when only the start moved', () => {
    const [shift] = horizonShifts([
      change('a', { start: '2025-03', end: '2027' }, { start: '2025-01', end: '2027' }, [
        { field: 'horizonStart' },
      ]),
    ])
    expect(shift?.slipMonths).toBe(-2)
  })

  it('leaves out what did not move, what is new or dropped, and a horizon missing then', () => {
    expect(
      horizonShifts([
        change('same', { start: '2025', end: '2026' }, { start: '2025', end: '2026' }, [
          { field: 'status' },
        ]),
        change('new', undefined, { start: '2025', end: '2026' }, [], 'added'),
        change('none-then', undefined, { start: '2025', end: '2026' }),
      ]),
    ).toEqual([])
  })
})

describe('ghostRects', () => {
  const s = { rowH: 40, barY: 20, barH: 14 } as Sizes
  const boxes: LaneBox[] = [
    { top: 0, rowsTop: 30, rowsHeight: 80, rows: 2, expanded: true },
    { top: 110, rowsTop: 140, rowsHeight: 0, rows: 1, expanded: false },
  ]
  const placeOf = new Map([
    ['a', { lane: 0, row: 1 } as BarPlace],
    ['b', { lane: 1, row: 0 } as BarPlace],
  ])
  const start = dayNumber('2026-01-01')
  const scale = timeScale(start, 100, 1000)

  it('puts a ghost in its bar’s row, at the baseline’s days, clipped to the window', () => {
    const rects = ghostRects(
      [
        { id: 'a', thenStart: start + 10, thenEnd: start + 19, slipMonths: 1 },
        { id: 'b', thenStart: start, thenEnd: start + 5, slipMonths: 1 },
        { id: 'gone', thenStart: start, thenEnd: start + 5, slipMonths: 1 },
      ],
      placeOf,
      boxes,
      scale,
      s,
    )
    expect(rects).toEqual([{ id: 'a', x: 100, y: 30 + 40 + 20, width: 100, height: 14 }])
    const far = ghostRects(
      [{ id: 'a', thenStart: start + 500, thenEnd: start + 600, slipMonths: 1 }],
      placeOf,
      boxes,
      scale,
      s,
    )
    expect(far).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { dayNumber } from './roadmap-days.ts'
import { barGeometry } from './bar-geometry.ts'
import { averageCharMeasure, sizesFor } from './geometry.ts'
import { timeScale } from './time-scale.ts'

const sizes = sizesFor(16)
const from = dayNumber('2024-01-01')
// 2024 is 366 days: one pixel per day.
const scale = timeScale(from, 366, 366)
const item = { pos: 0, id: 'a', start: from, end: dayNumber('2024-06-30'), rank: null }

describe('barGeometry', () => {
  it('draws phases as segments and milestones as markers, done or not', () => {
    const g = barGeometry(
      item,
      {
        phases: [
          { name: 'p1', start: '2024-01', end: '2024-Q1' },
          { name: 'p2', start: '2024-04', end: '2024-06' },
        ],
        milestones: [
          { name: 'm1', date: '2024-02-15', done: true },
          { name: 'm2', date: '2024-Q2' },
        ],
      },
      null,
      40,
      scale,
      sizes,
      'Title',
      averageCharMeasure(8),
    )
    expect(g.x).toBe(0)
    expect(g.w).toBe(182)
    expect(g.phases).toEqual([
      { x: 0, w: 91 },
      { x: 91, w: 91 },
    ])
    expect(g.milestones).toEqual([
      { x: 45.5, done: true },
      { x: 181.5, done: false },
    ])
    expect(g.title).toBe('Title')
  })

  it('fits the title into the room before the next bar in the row', () => {
    const g = barGeometry(
      item,
      {},
      dayNumber('2024-03-09'),
      0,
      scale,
      sizes,
      'A long title here',
      averageCharMeasure(8),
    )
    expect(g.title).toBe('A lon…')
    expect(g.phases).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { dayNumber } from './roadmap-days.ts'
import { clipBar, reachesWindow, timeScale, visibleDays } from './time-scale.ts'

const domain = { start: dayNumber('2022-01-01'), end: dayNumber('2027-12-31') }

describe('timeScale', () => {
  it('shows the whole domain at year zoom, two years at quarter zoom, half a year at month zoom', () => {
    expect(visibleDays('year', domain)).toBe(2191)
    expect(visibleDays('quarter', domain)).toBe(731)
    expect(visibleDays('month', domain)).toBe(184)
    const short = { start: dayNumber('2024-01-01'), end: dayNumber('2024-03-31') }
    expect(visibleDays('quarter', short)).toBe(91)
  })

  it('maps days to pixels and back', () => {
    const s = timeScale(100, 200, 1000)
    expect(s.x(100)).toBe(0)
    expect(s.x(300)).toBe(1000)
    expect(s.dayAt(500)).toBe(200)
    expect(s.pxPerDay).toBe(5)
  })

  it('clips bars to the window and gives a bar its whole last day', () => {
    const s = timeScale(100, 200, 1000)
    expect(clipBar(s, 110, 119)).toEqual({ x: 50, w: 50 })
    expect(clipBar(s, 0, 1000)).toEqual({ x: -4, w: 1008 })
    expect(clipBar(s, 0, 10).w).toBe(0)
  })

  it('tells whether a day range reaches into the window, its last day included', () => {
    const win = { from: 100, to: 200 }
    expect(reachesWindow({ start: 50, end: 100 }, win)).toBe(true)
    expect(reachesWindow({ start: 199, end: 300 }, win)).toBe(true)
    expect(reachesWindow({ start: 50, end: 99 }, win)).toBe(false)
    expect(reachesWindow({ start: 200, end: 210 }, win)).toBe(false)
  })
})

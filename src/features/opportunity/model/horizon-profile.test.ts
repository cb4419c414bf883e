import { describe, expect, it } from 'vitest'
import { horizonProfile } from './horizon-profile.ts'

const period = { start: 2023, end: 2026 }

describe('horizonProfile', () => {
  it('places the horizon, phases and milestones on the strategy period', () => {
    const p = horizonProfile(period, {
      horizon: { start: '2024', end: '2025' },
      phases: [{ name: { en: 'Pilot' }, start: '2024-Q1', end: '2024-Q2' }],
      milestones: [{ name: { en: 'Go' }, date: '2025', done: true }],
    })
    expect([p.firstYear, p.lastYear]).toEqual([2023, 2026])
    expect(p.years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026])
    expect(p.period).toEqual({ from: 0, to: 1 })
    expect(p.horizon?.from).toBeCloseTo(0.25, 2)
    expect(p.horizon?.to).toBeCloseTo(0.75, 2)
    expect(p.phases[0]?.from).toBeCloseTo(0.25, 2)
    expect(p.phases[0]?.to).toBeCloseTo(0.25 + 0.125, 2)
    expect(p.milestones[0]).toMatchObject({ date: '2025', done: true })
    expect(p.milestones[0]?.at).toBeCloseTo(0.625, 2)
  })

  it('widens the axis to a horizon reaching past the period', () => {
    const p = horizonProfile(period, { horizon: { start: '2022-Q3', end: '2028' } })
    expect([p.firstYear, p.lastYear]).toEqual([2022, 2028])
    expect(p.period.from).toBeGreaterThan(0)
    expect(p.period.to).toBeLessThan(1)
    expect(p.horizon?.to).toBe(1)
  })

  it('has no horizon when unscheduled, and skips periods that do not parse', () => {
    const p = horizonProfile(period, {
      milestones: [{ name: { en: 'x' }, date: 'soon' }],
    })
    expect(p.horizon).toBeNull()
    expect(p.milestones).toEqual([])
    expect(p.years).toHaveLength(4)
  })
})

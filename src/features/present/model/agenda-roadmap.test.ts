import { describe, expect, it } from 'vitest'
import { agendaRoadmap } from './agenda-roadmap.ts'

describe('the agenda roadmap', () => {
  it('spans whole years from the first start to the last end, at least the period', () => {
    const r = agendaRoadmap(
      [
        { start: '2024-01-01', end: '2025-12-31' },
        null,
        { start: '2029-07-01', end: '2030-06-30' },
      ],
      { start: 2023, end: 2027 },
    )
    expect(r.years).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030])
    expect(r.bars[1]).toBeNull()
    expect(r.bars[0]?.from).toBeCloseTo(1 / 8)
    expect(r.bars[0]?.to).toBeCloseTo(3 / 8, 2)
    expect(r.bars[2]?.to).toBeLessThanOrEqual(1)
    expect(r.bars[2]?.startYear).toBe(2029)
  })

  it('has no years when nothing has a horizon and no period is given', () => {
    expect(agendaRoadmap([null], null)).toEqual({ years: [], bars: [null] })
  })
})

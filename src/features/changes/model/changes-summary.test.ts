import { describe, expect, it } from 'vitest'
import { DEMO, demoComparison, loadedExport } from '../../../../tests/fixtures/demo-comparison.ts'
import { compareExports } from '../../../domain/compare/compare-exports.ts'
import { changesSummary } from './changes-summary.ts'

const comparison = demoComparison

describe('changesSummary (the demo against the earlier demo)', () => {
  const s = changesSummary(comparison)

  it('lists every new and dropped one, as the counts say', () => {
    expect(s.added).toHaveLength(comparison.counts.added)
    expect(s.removed.map((r) => r.id).sort()).toEqual(['kk-065', 'kk-066'])
    expect(s.counts).toBe(comparison.counts)
  })

  it('lists every status change, then and now', () => {
    expect(s.status).toHaveLength(comparison.counts.statusChanged)
    for (const item of s.status) expect(item.then).not.toBe(item.now)
  })

  it('lists the biggest rank moves first, each over the threshold, at most ten', () => {
    expect(s.moves.length).toBeGreaterThan(0)
    expect(s.moves.length).toBeLessThanOrEqual(10)
    expect(s.movesTotal).toBeGreaterThanOrEqual(s.moves.length)
    const sizes = s.moves.map((m) => Math.abs(m.delta))
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
    for (const m of s.moves) {
      expect(Math.abs(m.delta)).toBeGreaterThanOrEqual(comparison.thresholds.rank)
      expect(m.delta).toBe(m.then - m.now)
    }
  })

  it('lists the frame changes: a re-weighted criterion and a renamed theme', () => {
    expect(s.frame).toContainEqual(expect.objectContaining({ group: 'criteria', kind: 'weight' }))
    expect(s.frame).toContainEqual(expect.objectContaining({ group: 'themes', kind: 'renamed' }))
  })

  it('keeps only the top moves when asked for fewer', () => {
    expect(changesSummary(comparison, 2).moves).toEqual(s.moves.slice(0, 2))
  })
})

describe('changesSummary (an export with itself)', () => {
  it('lists nothing', () => {
    const data = loadedExport(DEMO)
    const s = changesSummary(compareExports(data, data))
    expect([s.added, s.removed, s.status, s.moves, s.frame]).toEqual([[], [], [], [], []])
  })
})

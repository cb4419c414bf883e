import { describe, expect, it } from 'vitest'
import { planHistory, type HistoryEntry } from './history-plan.ts'

const entry = (n: number, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  hash: n.toString(16).padStart(64, '0'),
  datasetId: 'lapland',
  exportedAt: `2026-01-${String(n).padStart(2, '0')}T00:00:00Z`,
  savedAt: `2026-11-${String(n).padStart(2, '0')}T00:00:00Z`,
  size: 100,
  opportunities: 64,
  setAside: 0,
  ...over,
})
const limits = { maxPerDataset: 3, maxBytes: 1000 }
const hashes = (es: HistoryEntry[]) => es.map((e) => e.hash.slice(-1))

describe('planHistory', () => {
  it('adds a new export as the newest', () => {
    const { kept, dropped } = planHistory([entry(1), entry(2)], entry(3), limits)
    expect(hashes(kept)).toEqual(['3', '2', '1'])
    expect(dropped).toEqual([])
  })

  it('keeps one entry for an export loaded again, as the newest', () => {
    const again = entry(1, { savedAt: '2026-11-20T00:00:00Z' })
    const { kept, dropped } = planHistory([entry(1), entry(2)], again, limits)
    expect(kept).toEqual([again, entry(2)])
    expect(dropped).toEqual([])
  })

  it('tells apart exports with the same time but other bytes', () => {
    const other = entry(9, { exportedAt: entry(1).exportedAt })
    expect(planHistory([entry(1)], other, limits).kept).toHaveLength(2)
  })

  it('keeps the newest few per dataset and drops the oldest of that dataset only', () => {
    const foreign = entry(0, { datasetId: 'kainuu', savedAt: '2020-01-01T00:00:00Z' })
    const { kept, dropped } = planHistory([foreign, entry(1), entry(2), entry(3)], entry(4), limits)
    expect(hashes(kept)).toEqual(['4', '3', '2', '0'])
    expect(hashes(dropped)).toEqual(['1'])
  })

  it('drops the oldest of all until the total size fits, but never the one added', () => {
    const big = (n: number) => entry(n, { datasetId: `d${n}`, size: 400 })
    const { kept, dropped } = planHistory([big(1), big(2)], big(3), limits)
    expect(hashes(kept)).toEqual(['3', '2'])
    expect(hashes(dropped)).toEqual(['1'])
    const huge = entry(5, { size: 5000 })
    expect(planHistory([entry(1)], huge, limits).kept).toEqual([huge])
  })
})

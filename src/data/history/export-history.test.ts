import 'fake-indexeddb/auto'
import { get } from 'idb-keyval'
import { afterEach, describe, expect, it } from 'vitest'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import { appStore } from '../cache/idb-store.ts'
import { addToHistory, clearHistory, historyExport, listHistory } from './export-history.ts'
import { MAX_PER_DATASET } from './history-plan.ts'

const report = (datasetId: string, exportedAt: string, opportunities = 2) =>
  ({
    outcome: 'loaded',
    problems: [],
    data: { dataset: { id: datasetId }, exportedAt, opportunities: Array(opportunities).fill({}) },
  }) as unknown as ValidationReport
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer
const at = (n: number) => `2026-11-${String(n).padStart(2, '0')}T08:00:00Z`

afterEach(() => clearHistory())

describe('the export history in IndexedDB', () => {
  it('lists a loaded export with its time and counts, and gives its bytes back by hash', async () => {
    const entry = await addToHistory(
      report('lapland', '2025-11-14T10:00:00Z', 3),
      bytes('{"a":1}'),
      at(1),
    )
    expect(entry?.hash).toMatch(/^[0-9a-f]{64}$/)
    expect(await listHistory()).toEqual([
      {
        hash: entry?.hash,
        datasetId: 'lapland',
        exportedAt: '2025-11-14T10:00:00Z',
        savedAt: at(1),
        size: 7,
        opportunities: 3,
        setAside: 0,
      },
    ])
    const found = await historyExport(entry?.hash ?? '')
    expect(new TextDecoder().decode(found?.bytes)).toBe('{"a":1}')
  })

  it('keeps an export loaded twice once', async () => {
    await addToHistory(report('lapland', '2025-11-14T10:00:00Z'), bytes('same'), at(1))
    await addToHistory(report('lapland', '2025-11-14T10:00:00Z'), bytes('same'), at(2))
    expect((await listHistory()).map((e) => e.savedAt)).toEqual([at(2)])
  })

  it('keeps the newest exports of a dataset and deletes the bytes of those dropped', async () => {
    const first = await addToHistory(report('lapland', 'x'), bytes('0'), at(1))
    for (let n = 1; n <= MAX_PER_DATASET; n++)
      await addToHistory(report('lapland', `x${n}`), bytes(String(n)), at(n + 1))
    const list = await listHistory()
    expect(list).toHaveLength(MAX_PER_DATASET)
    expect(list.some((e) => e.hash === first?.hash)).toBe(false)
    expect(await get(`history:bytes:${first?.hash}`, appStore())).toBeUndefined()
    expect(await historyExport(first?.hash ?? '')).toBeNull()
  })

  it('does not keep what did not load', async () => {
    const broken = { outcome: 'unreadable', problems: [] } as unknown as ValidationReport
    expect(await addToHistory(broken, bytes('{'), at(1))).toBeNull()
    expect(await listHistory()).toEqual([])
  })
})

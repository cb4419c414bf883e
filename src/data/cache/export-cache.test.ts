import 'fake-indexeddb/auto'
import { get, set } from 'idb-keyval'
import { afterEach, describe, expect, it } from 'vitest'
import {
  clearLastGood,
  lastGoodInfo,
  listLastGood,
  loadLastGood,
  MAX_CACHE_BYTES,
  sameSource,
  saveLastGood,
  sourceKey,
  type CachedSource,
} from './export-cache.ts'
import { appStore } from './idb-store.ts'

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer
const url: CachedSource = { kind: 'url', url: 'https://kasvukartta.example.org/data/x.json' }
const other: CachedSource = { kind: 'url', url: 'https://kasvukartta.example.org/data/y.json' }
const file: CachedSource = { kind: 'file', name: 'x.json', size: 12, lastModified: 1 }
const text = (b: ArrayBuffer | undefined) => new TextDecoder().decode(b)

afterEach(() => clearLastGood())

describe('the cached copies in IndexedDB, one per source', () => {
  it('is empty at first', async () => {
    expect(await loadLastGood(url)).toBeNull()
    expect(await listLastGood()).toEqual([])
  })

  it('keeps the raw bytes, the source and the time', async () => {
    await saveLastGood({ source: url, bytes: bytes('{"a": 1}'), savedAt: '2026-11-26T08:00:00Z' })
    const loaded = await loadLastGood(url)
    expect(loaded?.source).toEqual(url)
    expect(loaded?.savedAt).toBe('2026-11-26T08:00:00Z')
    expect(loaded?.bytes).toBeInstanceOf(ArrayBuffer)
    expect(text(loaded?.bytes)).toBe('{"a": 1}')
    expect(await lastGoodInfo(url)).toEqual({
      source: url,
      savedAt: '2026-11-26T08:00:00Z',
      size: 8,
    })
  })

  it('stores the bytes as a Blob', async () => {
    await saveLastGood({ source: url, bytes: bytes('{"b": 2}'), savedAt: '2026-11-26T08:00:00Z' })
    expect(((await get(sourceKey(url), appStore())) as { bytes: unknown }).bytes).toBeInstanceOf(
      Blob,
    )
  })

  it('keeps a copy per source: a link opened later does not replace the chosen file', async () => {
    await saveLastGood({ source: file, bytes: bytes('1'), savedAt: '2026-11-26T08:00:00Z' })
    await saveLastGood({ source: url, bytes: bytes('2'), savedAt: '2026-11-26T09:00:00Z' })
    expect(text((await loadLastGood(file))?.bytes)).toBe('1')
    expect(text((await loadLastGood(url))?.bytes)).toBe('2')
    expect((await listLastGood()).map((c) => c.source)).toEqual([url, file])
  })

  it('replaces a source’s copy with its newer one', async () => {
    await saveLastGood({ source: url, bytes: bytes('1'), savedAt: '2026-11-26T08:00:00Z' })
    await saveLastGood({ source: url, bytes: bytes('22'), savedAt: '2026-11-26T09:00:00Z' })
    expect(text((await loadLastGood(url))?.bytes)).toBe('22')
    expect(await listLastGood()).toHaveLength(1)
  })

  it('drops the oldest copies beyond the total size, but never a protected one', async () => {
    const big = (n: number) => new Uint8Array(Math.floor(MAX_CACHE_BYTES / 2.5)).fill(n).buffer
    await saveLastGood({ source: file, bytes: big(1), savedAt: '2026-11-26T07:00:00Z' })
    await saveLastGood({ source: url, bytes: big(2), savedAt: '2026-11-26T08:00:00Z' }, [file])
    await saveLastGood({ source: other, bytes: big(3), savedAt: '2026-11-26T09:00:00Z' }, [file])
    expect((await listLastGood()).map((c) => c.source)).toEqual([other, file])
    expect(await loadLastGood(url)).toBeNull()
    expect(await get(sourceKey(url), appStore())).toBeUndefined()
    const total = (await listLastGood()).reduce((sum, c) => sum + c.size, 0)
    expect(total).toBeLessThanOrEqual(MAX_CACHE_BYTES)
  })

  it('moves the one copy an earlier version kept into its source’s place', async () => {
    await set(
      'last-good',
      { version: 1, source: file, bytes: bytes('{"c": 3}'), savedAt: '2026-11-20T08:00:00Z' },
      appStore(),
    )
    expect(text((await loadLastGood(file))?.bytes)).toBe('{"c": 3}')
    expect(await get('last-good', appStore())).toBeUndefined()
  })

  it('forgets on clear', async () => {
    await saveLastGood({ source: url, bytes: bytes('1'), savedAt: '2026-11-26T08:00:00Z' })
    await clearLastGood()
    expect(await loadLastGood(url)).toBeNull()
  })

  it('ignores an entry it did not write (another version, another shape)', async () => {
    await set(
      sourceKey(url),
      { version: 0, source: url, bytes: bytes('1'), savedAt: 'x' },
      appStore(),
    )
    expect(await loadLastGood(url)).toBeNull()
    await set(sourceKey(url), { version: 1, source: url, bytes: 'text', savedAt: 'x' }, appStore())
    expect(await loadLastGood(url)).toBeNull()
    await set(sourceKey(url), 'nonsense', appStore())
    expect(await loadLastGood(url)).toBeNull()
  })
})

describe('sameSource', () => {
  it('compares addresses exactly, and files by name, size and modification time', () => {
    expect(sameSource(url, { kind: 'url', url: url.url })).toBe(true)
    expect(sameSource(url, { kind: 'url', url: `${url.url}?v=2` })).toBe(false)
    expect(sameSource(file, { ...file })).toBe(true)
    expect(sameSource(file, { ...file, lastModified: 2 })).toBe(false)
    expect(sameSource(file, url)).toBe(false)
  })
})

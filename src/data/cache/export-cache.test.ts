import 'fake-indexeddb/auto'
import { get, set } from 'idb-keyval'
import { afterEach, describe, expect, it } from 'vitest'
import {
  clearLastGood,
  loadLastGood,
  sameSource,
  saveLastGood,
  type CachedSource,
} from './export-cache.ts'
import { appStore } from './idb-store.ts'

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer
const url: CachedSource = { kind: 'url', url: 'https://kasvukartta.example.org/data/x.json' }
const file: CachedSource = { kind: 'file', name: 'x.json', size: 12, lastModified: 1 }

afterEach(() => clearLastGood())

describe('the last good export in IndexedDB', () => {
  it('is empty at first', async () => {
    expect(await loadLastGood()).toBeNull()
  })

  it('keeps the raw bytes, the source and the time', async () => {
    await saveLastGood({ source: url, bytes: bytes('{"a": 1}'), savedAt: '2026-11-26T08:00:00Z' })
    const loaded = await loadLastGood()
    expect(loaded?.source).toEqual(url)
    expect(loaded?.savedAt).toBe('2026-11-26T08:00:00Z')
    expect(loaded?.bytes).toBeInstanceOf(ArrayBuffer)
    expect(new TextDecoder().decode(loaded?.bytes)).toBe('{"a": 1}')
  })

  it('stores the bytes as a Blob, and still reads a copy saved as an ArrayBuffer', async () => {
    await saveLastGood({ source: url, bytes: bytes('{"b": 2}'), savedAt: '2026-11-26T08:00:00Z' })
    expect(((await get('last-good', appStore())) as { bytes: unknown }).bytes).toBeInstanceOf(Blob)
    // What versions before the Blob left in a user's browser (a chosen local file, say).
    await set(
      'last-good',
      { version: 1, source: file, bytes: bytes('{"c": 3}'), savedAt: '2026-11-20T08:00:00Z' },
      appStore(),
    )
    const loaded = await loadLastGood()
    expect(loaded?.source).toEqual(file)
    expect(new TextDecoder().decode(loaded?.bytes)).toBe('{"c": 3}')
  })

  it('holds one export: a newer one replaces it', async () => {
    await saveLastGood({ source: url, bytes: bytes('1'), savedAt: '2026-11-26T08:00:00Z' })
    await saveLastGood({ source: file, bytes: bytes('2'), savedAt: '2026-11-26T09:00:00Z' })
    const loaded = await loadLastGood()
    expect(loaded?.source).toEqual(file)
    expect(new TextDecoder().decode(loaded?.bytes)).toBe('2')
  })

  it('forgets on clear', async () => {
    await saveLastGood({ source: url, bytes: bytes('1'), savedAt: '2026-11-26T08:00:00Z' })
    await clearLastGood()
    expect(await loadLastGood()).toBeNull()
  })

  it('ignores an entry it did not write (another version, another shape)', async () => {
    await set('last-good', { version: 0, source: url, bytes: bytes('1'), savedAt: 'x' }, appStore())
    expect(await loadLastGood()).toBeNull()
    await set('last-good', { version: 1, source: url, bytes: 'text', savedAt: 'x' }, appStore())
    expect(await loadLastGood()).toBeNull()
    await set('last-good', 'nonsense', appStore())
    expect(await loadLastGood()).toBeNull()
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

import 'fake-indexeddb/auto'
import { get, set } from 'idb-keyval'
import { describe, expect, it, vi } from 'vitest'
import type { Session } from '../../domain/decisions/session.ts'
import { appStore } from '../cache/idb-store.ts'
import { sha256Hex } from './export-hash.ts'

const session = (id: string): Session => ({
  id,
  forum: 'Strategiafoorumi <b>',
  date: '2026-12-03',
  basedOn: {
    datasetId: 'lapland',
    exportedAt: '2026-11-20T09:30:00+02:00',
    sha256: 'c'.repeat(64),
    weights: {},
    filters: {},
  },
  decisions: [],
})

/** A fresh module, as after a reload: it reads what the last one wrote. */
async function reloaded() {
  vi.resetModules()
  const store = await import('./session-store.ts')
  await store.sessionsReady()
  return store
}

describe('the sessions in IndexedDB', () => {
  it('keeps sessions and the active one across a reload', async () => {
    const first = await reloaded()
    await first.saveSession(session('a'))
    await first.saveSession(session('b'), false)
    const second = await reloaded()
    expect(second.activeSession()?.id).toBe('a')
  })

  it('deletes, and brings a deleted session back for the rest of the visit only', async () => {
    const store = await reloaded()
    await store.saveSession(session('c'))
    await store.deleteSession('c')
    expect(store.activeSession()).toBeNull()
    await store.undoDelete('c')
    const after = await reloaded()
    await after.setActiveSession('c')
    expect(after.activeSession()?.id).toBe('c')
    await after.deleteSession('c')
    // A new visit has nothing to undo.
    const next = await reloaded()
    await next.undoDelete('c')
    await next.setActiveSession('c')
    expect(next.activeSession()).toBeNull()
  })

  it('leaves out a stored session that no longer passes the record checks', async () => {
    const store = await reloaded()
    await store.saveSession(session('good'))
    const stored = (await get('sessions', appStore())) as { records: string[] }
    await set('sessions', { ...stored, records: [...stored.records, '{"format":"x"}'] }, appStore())
    const after = await reloaded()
    await after.setActiveSession('good')
    expect(after.activeSession()?.forum).toBe('Strategiafoorumi <b>')
    expect(((await get('sessions', appStore())) as { records: string[] }).records).toHaveLength(
      stored.records.length,
    )
  })
})

describe('sha256Hex', () => {
  it('is the SHA-256 of the bytes in lowercase hex', async () => {
    const bytes = new TextEncoder().encode('abc').buffer as ArrayBuffer
    expect(await sha256Hex(bytes)).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })
})

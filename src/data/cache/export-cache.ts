import { del, get, set, update } from 'idb-keyval'
import { appStore } from './idb-store.ts'
import type { FileSource } from '../load/read-export-file.ts'

export interface UrlSource {
  kind: 'url'
  /** The absolute address that was requested. */
  url: string
}

export type CachedSource = UrlSource | FileSource

/**
 * The last export of one source that loaded (outcome loaded or partial), as raw bytes:
 * validating them again in the worker is quick, and keeps a cached copy right when the app's
 * rules change.
 */
export interface LastGood {
  source: CachedSource
  bytes: ArrayBuffer
  /** ISO 8601, when the bytes were fetched or read. */
  savedAt: string
}

/** What the cache knows of a copy without reading its bytes. */
export interface CopyInfo {
  source: CachedSource
  savedAt: string
  /** Bytes. */
  size: number
}

/**
 * All copies together stay under this many bytes; the oldest go first. Room for two exports
 * at the size limit (MAX_EXPORT_BYTES) and a few small ones.
 */
export const MAX_CACHE_BYTES = 160 * 2 ** 20

const INDEX_KEY = 'copies'
/** Where versions before one copy per source kept their one copy; read once, then moved. */
const OLD_KEY = 'last-good'
const VERSION = 1

/**
 * The bytes are stored as a Blob: putting an ArrayBuffer into IndexedDB copies it on the main
 * thread in one long task, while a Blob's data travels to storage on its own. Copies saved as
 * an ArrayBuffer by earlier versions are still read.
 */
interface Stored extends Omit<LastGood, 'bytes'> {
  version: typeof VERSION
  bytes: Blob | ArrayBuffer
}

/** The key of a source's copy: its address, or a file's name, size and modification time. */
export function sourceKey(source: CachedSource): string {
  return source.kind === 'url'
    ? `copy:url:${source.url}`
    : `copy:file:${source.lastModified}:${source.size}:${source.name}`
}

/** Same source: the same address, or a file with the same name, size and modification time. */
export function sameSource(a: CachedSource, b: CachedSource): boolean {
  return sourceKey(a) === sourceKey(b)
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null
}

export function isCachedSource(v: unknown): v is CachedSource {
  if (!isRecord(v)) return false
  if (v.kind === 'url') return typeof v.url === 'string'
  return (
    v.kind === 'file' &&
    typeof v.name === 'string' &&
    typeof v.size === 'number' &&
    typeof v.lastModified === 'number'
  )
}

function isStored(v: unknown): v is Stored {
  return (
    isRecord(v) &&
    v.version === VERSION &&
    isCachedSource(v.source) &&
    (v.bytes instanceof Blob || v.bytes instanceof ArrayBuffer) &&
    typeof v.savedAt === 'string'
  )
}

function isCopyInfo(v: unknown): v is CopyInfo {
  return (
    isRecord(v) &&
    isCachedSource(v.source) &&
    typeof v.savedAt === 'string' &&
    typeof v.size === 'number'
  )
}

function sizeOf(stored: Stored): number {
  return stored.bytes instanceof Blob ? stored.bytes.size : stored.bytes.byteLength
}

/** The index of copies, with an earlier version's single copy moved in on first read. */
async function readIndex(): Promise<CopyInfo[]> {
  const index: unknown = await get(INDEX_KEY, appStore())
  if (Array.isArray(index)) return index.filter(isCopyInfo)
  const old: unknown = await get(OLD_KEY, appStore())
  if (!isStored(old)) return []
  const info: CopyInfo = { source: old.source, savedAt: old.savedAt, size: sizeOf(old) }
  await set(sourceKey(old.source), old, appStore())
  await set(INDEX_KEY, [info], appStore())
  await del(OLD_KEY, appStore())
  return [info]
}

/**
 * Keeps `entry` as its source's copy, replacing that source's earlier one. When the copies
 * then exceed MAX_CACHE_BYTES, the oldest are dropped, except the new one and any in `keep`
 * (the user's chosen file, which a link opened later must not push out).
 */
export async function saveLastGood(
  entry: LastGood,
  keep: readonly CachedSource[] = [],
): Promise<void> {
  const stored: Stored = {
    version: VERSION,
    source: { ...entry.source },
    bytes: new Blob([entry.bytes], { type: 'application/json' }),
    savedAt: entry.savedAt,
  }
  const key = sourceKey(entry.source)
  await readIndex()
  await set(key, stored, appStore())
  const protectedKeys = new Set([key, ...keep.map(sourceKey)])
  let dropped: string[] = []
  await update(
    INDEX_KEY,
    (index: unknown) => {
      const others = (Array.isArray(index) ? index.filter(isCopyInfo) : []).filter(
        (c) => sourceKey(c.source) !== key,
      )
      const all = [
        ...others,
        { source: stored.source, savedAt: stored.savedAt, size: sizeOf(stored) },
      ]
      const kept = withinBudget(all, protectedKeys)
      dropped = all.filter((c) => !kept.includes(c)).map((c) => sourceKey(c.source))
      return kept
    },
    appStore(),
  )
  for (const k of dropped) await del(k, appStore())
}

/** The copies to keep: all, or without the oldest unprotected ones until they fit. */
function withinBudget(copies: CopyInfo[], protectedKeys: ReadonlySet<string>): CopyInfo[] {
  let total = copies.reduce((sum, c) => sum + c.size, 0)
  if (total <= MAX_CACHE_BYTES) return copies
  const oldestFirst = [...copies].sort((a, b) => a.savedAt.localeCompare(b.savedAt))
  const drop = new Set<CopyInfo>()
  for (const c of oldestFirst) {
    if (total <= MAX_CACHE_BYTES) break
    if (protectedKeys.has(sourceKey(c.source))) continue
    drop.add(c)
    total -= c.size
  }
  return copies.filter((c) => !drop.has(c))
}

/** The cached copy of `source`, or null when there is none (or what is stored is not one). */
export async function loadLastGood(source: CachedSource): Promise<LastGood | null> {
  await readIndex()
  const stored: unknown = await get(sourceKey(source), appStore())
  if (!isStored(stored) || !sameSource(stored.source, source)) return null
  const bytes = stored.bytes instanceof Blob ? await stored.bytes.arrayBuffer() : stored.bytes
  return { source: stored.source, bytes, savedAt: stored.savedAt }
}

/** When `source`'s copy was saved, without reading it; null when there is none. */
export async function lastGoodInfo(source: CachedSource): Promise<CopyInfo | null> {
  const key = sourceKey(source)
  return (await readIndex()).find((c) => sourceKey(c.source) === key) ?? null
}

/** Every copy kept, newest first. */
export async function listLastGood(): Promise<CopyInfo[]> {
  return (await readIndex()).sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}

/** Forgets every copy. */
export async function clearLastGood(): Promise<void> {
  for (const c of await readIndex()) await del(sourceKey(c.source), appStore())
  await del(INDEX_KEY, appStore())
  await del(OLD_KEY, appStore())
}

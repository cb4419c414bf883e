import { del, get, set } from 'idb-keyval'
import { appStore } from './idb-store.ts'
import type { FileSource } from '../load/read-export-file.ts'

export interface UrlSource {
  kind: 'url'
  /** The absolute address that was requested. */
  url: string
}

export type CachedSource = UrlSource | FileSource

/**
 * The last export that loaded (outcome loaded or partial), as raw bytes: validating them again
 * in the worker is quick, and keeps a cached copy right when the app's rules change.
 */
export interface LastGood {
  source: CachedSource
  bytes: ArrayBuffer
  /** ISO 8601, when the bytes were fetched or read. */
  savedAt: string
}

const KEY = 'last-good'
/** Bumped when the stored shape changes; an entry of another version is ignored. */
const VERSION = 1

/**
 * The bytes are stored as a Blob: putting an ArrayBuffer into IndexedDB copies it on the main
 * thread in one long task, while a Blob's data travels to storage on its own. Entries saved
 * as an ArrayBuffer by earlier versions are still read.
 */
interface Stored extends Omit<LastGood, 'bytes'> {
  version: typeof VERSION
  bytes: Blob | ArrayBuffer
}

export async function saveLastGood(entry: LastGood): Promise<void> {
  const stored: Stored = {
    version: VERSION,
    source: { ...entry.source },
    bytes: new Blob([entry.bytes], { type: 'application/json' }),
    savedAt: entry.savedAt,
  }
  await set(KEY, stored, appStore())
}

/** The cached export, or null when there is none (or what is stored is not one). */
export async function loadLastGood(): Promise<LastGood | null> {
  const stored: unknown = await get(KEY, appStore())
  if (!isStored(stored)) return null
  const bytes = stored.bytes instanceof Blob ? await stored.bytes.arrayBuffer() : stored.bytes
  return { source: stored.source, bytes, savedAt: stored.savedAt }
}

export async function clearLastGood(): Promise<void> {
  await del(KEY, appStore())
}

/** Same source: the same address, or a file with the same name, size and modification time. */
export function sameSource(a: CachedSource, b: CachedSource): boolean {
  if (a.kind === 'url' || b.kind === 'url') {
    return a.kind === 'url' && b.kind === 'url' && a.url === b.url
  }
  return a.name === b.name && a.size === b.size && a.lastModified === b.lastModified
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

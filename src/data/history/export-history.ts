import { del, get, set, update } from 'idb-keyval'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import { setAsideCount } from '../../domain/validate/report-counts.ts'
import { appStore } from '../cache/idb-store.ts'
import { sha256Hex } from '../sessions/export-hash.ts'
import { planHistory, type HistoryEntry } from './history-plan.ts'

/**
 * The exports this browser has loaded, per dataset, to compare with later: beside the
 * per-source cache (which keeps one copy per address), in the same IndexedDB store. The index
 * lists the entries; each export's bytes are a Blob under its hash.
 */

const INDEX_KEY = 'history'
const bytesKey = (hash: string) => `history:bytes:${hash}`

function isEntry(v: unknown): v is HistoryEntry {
  if (typeof v !== 'object' || v === null) return false
  const e = v as Record<string, unknown>
  return (
    typeof e.hash === 'string' &&
    typeof e.datasetId === 'string' &&
    typeof e.exportedAt === 'string' &&
    typeof e.savedAt === 'string' &&
    typeof e.size === 'number' &&
    typeof e.opportunities === 'number' &&
    typeof e.setAside === 'number'
  )
}

async function readIndex(): Promise<HistoryEntry[]> {
  const index: unknown = await get(INDEX_KEY, appStore())
  return Array.isArray(index) ? index.filter(isEntry) : []
}

/** What the history lists of a usable report; null when nothing loaded. */
export function historyFacts(
  report: ValidationReport,
): Pick<HistoryEntry, 'datasetId' | 'exportedAt' | 'opportunities' | 'setAside'> | null {
  if (!('data' in report)) return null
  return {
    datasetId: report.data.dataset.id,
    exportedAt: report.data.exportedAt,
    opportunities: report.data.opportunities.length,
    setAside: setAsideCount(report),
  }
}

/**
 * Keeps a loaded export in the history (planHistory says what else stays) and returns its
 * entry; `report` must be usable. Storage can fail: the caller shows the export all the same.
 */
export async function addToHistory(
  report: ValidationReport,
  bytes: ArrayBuffer,
  savedAt: string,
): Promise<HistoryEntry | null> {
  const facts = historyFacts(report)
  if (!facts) return null
  const entry: HistoryEntry = {
    ...facts,
    hash: await sha256Hex(bytes),
    savedAt,
    size: bytes.byteLength,
  }
  const key = bytesKey(entry.hash)
  if ((await get(key, appStore())) === undefined)
    await set(key, new Blob([bytes], { type: 'application/json' }), appStore())
  let dropped: HistoryEntry[] = []
  let kept: HistoryEntry[] = []
  await update(
    INDEX_KEY,
    (index: unknown) => {
      const plan = planHistory(Array.isArray(index) ? index.filter(isEntry) : [], entry)
      ;({ kept, dropped } = plan)
      return kept
    },
    appStore(),
  )
  // Bytes are shared by entries with the same hash: they go only when no kept entry has it.
  const stillUsed = new Set(kept.map((e) => e.hash))
  for (const e of dropped) if (!stillUsed.has(e.hash)) await del(bytesKey(e.hash), appStore())
  return entry
}

/** Every export in the history, newest first. */
export async function listHistory(): Promise<HistoryEntry[]> {
  return (await readIndex()).sort((a, b) => b.savedAt.localeCompare(a.savedAt))
}

/** The bytes and entry of the export with this hash, or null when this browser has none. */
export async function historyExport(
  hash: string,
): Promise<{ entry: HistoryEntry; bytes: ArrayBuffer } | null> {
  const entry = (await listHistory()).find((e) => e.hash === hash)
  if (!entry) return null
  const blob: unknown = await get(bytesKey(hash), appStore())
  if (!(blob instanceof Blob)) return null
  return { entry, bytes: await blob.arrayBuffer() }
}

/** Forgets the whole history. */
export async function clearHistory(): Promise<void> {
  for (const e of await readIndex()) await del(bytesKey(e.hash), appStore())
  await del(INDEX_KEY, appStore())
}

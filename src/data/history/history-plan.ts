/**
 * What the history keeps of one export the browser has loaded: enough to list it (time,
 * counts) and find its bytes, which are stored apart under its hash.
 */
export interface HistoryEntry {
  /** SHA-256 of the export's bytes, 64 lowercase hex digits. */
  hash: string
  datasetId: string
  /** The export's own `exportedAt`. */
  exportedAt: string
  /** ISO 8601, when this browser last loaded it. */
  savedAt: string
  /** Bytes. */
  size: number
  /** Opportunities that loaded, and records set aside. */
  opportunities: number
  setAside: number
}

/** Exports kept per dataset: enough for a few rounds of review. */
export const MAX_PER_DATASET = 10

/** All exports of the history together stay under this many bytes. */
export const MAX_HISTORY_BYTES = 200 * 2 ** 20

/** Two entries are the same export when both the time it claims and its bytes agree. */
export function sameExport(a: HistoryEntry, b: HistoryEntry): boolean {
  return a.hash === b.hash && a.exportedAt === b.exportedAt
}

const byNewest = (a: HistoryEntry, b: HistoryEntry) => b.savedAt.localeCompare(a.savedAt)

/**
 * The history after `added` was loaded: it replaces the same export seen before (so it
 * counts as the newest), then each dataset keeps its `maxPerDataset` newest, then the oldest
 * of all go until the total fits `maxBytes`. The one just added always stays. `kept` is
 * newest first; `dropped` are the entries whose bytes can go.
 */
export function planHistory(
  entries: readonly HistoryEntry[],
  added: HistoryEntry,
  limits: { maxPerDataset: number; maxBytes: number } = {
    maxPerDataset: MAX_PER_DATASET,
    maxBytes: MAX_HISTORY_BYTES,
  },
): { kept: HistoryEntry[]; dropped: HistoryEntry[] } {
  const others = entries.filter((e) => !sameExport(e, added)).sort(byNewest)
  const dropped: HistoryEntry[] = []
  const perDataset = new Map<string, number>([[added.datasetId, 1]])
  const kept: HistoryEntry[] = [added]
  for (const e of others) {
    const n = perDataset.get(e.datasetId) ?? 0
    if (n >= limits.maxPerDataset) dropped.push(e)
    else {
      perDataset.set(e.datasetId, n + 1)
      kept.push(e)
    }
  }
  let total = kept.reduce((sum, e) => sum + e.size, 0)
  while (total > limits.maxBytes && kept.length > 1) {
    const oldest = kept.pop() as HistoryEntry
    dropped.push(oldest)
    total -= oldest.size
  }
  return { kept, dropped }
}

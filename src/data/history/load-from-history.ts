import { MAX_EXPORT_BYTES } from '../../domain/validate/limits.ts'
import type { LoadedExport } from '../load/load-with-fallback.ts'
import {
  validateBytesInWorker,
  type ValidateInWorkerOptions,
} from '../worker/validate-in-worker.ts'
import { historyExport } from './export-history.ts'
import { NotInHistoryError } from './not-in-history-error.ts'

/**
 * An export of the history, validated again with the same rules and limits as a fresh one
 * (the rules may have changed since it was kept). Its source is its `history:` reference.
 */
export async function loadFromHistory(
  hash: string,
  deps: ValidateInWorkerOptions = {},
): Promise<LoadedExport> {
  const kept = await historyExport(hash)
  if (!kept) throw new NotInHistoryError(hash)
  const validated = await validateBytesInWorker(kept.bytes, {
    ...deps,
    maxBytes: deps.maxBytes ?? MAX_EXPORT_BYTES,
  })
  return {
    report: validated.report,
    source: { kind: 'url', url: `history:${hash}` },
    loadedAt: kept.entry.savedAt,
    fromCache: true,
    savedAt: kept.entry.savedAt,
    saved: Promise.resolve(false),
    ...(validated.preview && { preview: validated.preview }),
    ...(validated.translationWarnings && { translationWarnings: validated.translationWarnings }),
  }
}

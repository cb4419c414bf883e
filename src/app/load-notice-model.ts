import type { ExportLoad } from '../data/load/use-export-load.ts'
import { isLoadError } from '../data/load/load-error.ts'
import { isUsable } from '../data/load/load-with-fallback.ts'
import { setAsideCount } from '../domain/validate/report-counts.ts'

/**
 * What every page says about the state of its data, beyond the data itself: that records were
 * set aside, that a cached copy stands in for a failing source (or has just been replaced by
 * fresh data), or why nothing could be loaded. A forum member who sees 38 opportunities must
 * learn that 10 more were set aside, on whichever page they are.
 */
export type LoadNotice =
  | { kind: 'setAside'; count: number }
  /** `failure`: the LoadError, or the fresh answer that did not load. */
  | { kind: 'cachedCopy'; savedAt: string; failure: unknown; retrying: boolean }
  | { kind: 'refreshed'; replacedCopyFrom: string }
  /** `error` for a failed request, `report` for an answer that did not load. */
  | {
      kind: 'failed'
      error: unknown
      answer: Extract<ExportLoad, { phase: 'done' }>['fetched'] | null
      cachedCopy: { savedAt: string } | null
    }

/** The notices for a load, most important first (several may hold: a copy with records set aside). */
export function loadNotices(load: ExportLoad): LoadNotice[] {
  switch (load.phase) {
    case 'loading':
    case 'refused':
      // The page's own status line says both.
      return []
    case 'failed':
      return [
        { kind: 'failed', error: load.error, answer: null, cachedCopy: load.cachedCopy ?? null },
      ]
    case 'done': {
      const { loaded } = load
      if (!isUsable(loaded.report))
        return [
          {
            kind: 'failed',
            error: null,
            answer: load.fetched,
            cachedCopy: loaded.cachedCopy ?? null,
          },
        ]
      const notices: LoadNotice[] = []
      if (loaded.fromCache && loaded.failure && loaded.savedAt !== undefined)
        notices.push({
          kind: 'cachedCopy',
          savedAt: loaded.savedAt,
          failure: loaded.failure,
          retrying: isRetryable(loaded.failure),
        })
      if (loaded.replacedCopyFrom !== undefined)
        notices.push({ kind: 'refreshed', replacedCopyFrom: loaded.replacedCopyFrom })
      const count = setAsideCount(loaded.report)
      if (count > 0) notices.push({ kind: 'setAside', count })
      return notices
    }
  }
}

function isRetryable(failure: unknown): boolean {
  return isLoadError(failure) && failure.retryable
}

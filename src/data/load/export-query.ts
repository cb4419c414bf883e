import { hashKey, queryOptions, type QueryClient } from '@tanstack/react-query'
import type { UiLanguage } from '../../domain/format/languages.ts'
import type { DataUrlResolution } from '../config/data-url-policy.ts'
import { isLoadError, retryDelay } from './load-error.ts'
import { isUsable, loadExport, restoreChosenFile, type LoadedExport } from './load-with-fallback.ts'
import { loadWatch } from './load-watch.ts'
import { queryKeys } from './query-keys.ts'

/** How often a failing source is asked again while its cached copy is shown. */
const BACKGROUND_RETRY_MS = 15_000

/** A cached copy standing in for a source that failed in a way that may pass. */
function isRetryingBehind(loaded: LoadedExport | undefined): boolean {
  const failure = loaded?.fromCache ? loaded.failure : undefined
  return isLoadError(failure) && failure.retryable
}

/**
 * The load that follows `shown` (what the page shows now, if anything): the same object when
 * it is the same cached copy again (the views keep what they made of it), and a fresh answer
 * that replaces a copy says so, for the notice.
 */
function afterShown(shown: LoadedExport | undefined, next: LoadedExport): LoadedExport {
  if (!shown?.fromCache) return next
  if (next.fromCache && next.savedAt === shown.savedAt) return shown
  if (!next.fromCache && isUsable(next.report) && shown.savedAt !== undefined)
    return { ...next, replacedCopyFrom: shown.savedAt }
  return next
}

/**
 * The export a page shows, as one query: a `?data=` address when allowed (`dataParam`), else
 * the local file the user chose, else the configured address. Started at boot (start-early.ts)
 * and read by every page (use-export-load.ts); its progress goes to loadWatch under
 * `watchKey`. `language` words the preview and the translation warnings; a page in another
 * language adds its own (use-export-load.ts), so the language is not part of the key.
 */
export function exportQueryOptions(
  queryClient: QueryClient,
  dataParam: string | null,
  resolution: DataUrlResolution,
  language: UiLanguage,
) {
  const queryKey = queryKeys.export(dataParam, resolution)
  const watchKey = hashKey(queryKey)
  // The language words the result but does not change what loads (see above), and queryKey
  // and watchKey are the key itself.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey,
    queryFn: async ({ signal }) => {
      const shown = queryClient.getQueryData<LoadedExport>(queryKey)
      // Asking the source again behind a cached copy: no progress, no attempt count.
      if (!shown) loadWatch.start(watchKey)
      if (resolution.kind === 'refused') throw new Error('refused sources are never loaded')
      const deps = {
        signal,
        ...(!shown && {
          onProgress: (p: Parameters<typeof loadWatch.progress>[1]) =>
            loadWatch.progress(watchKey, p),
        }),
        uiLanguage: language,
        onPreview: (p: Parameters<typeof loadWatch.preview>[1]) => loadWatch.preview(watchKey, p),
        // Retries happen inside loadExport; the delay callback doubles as the attempt counter.
        retryDelay: (n: number) => {
          loadWatch.attempt(watchKey, n + 2)
          return retryDelay(n)
        },
      }
      if (dataParam === null) {
        const chosen = await restoreChosenFile(deps)
        if (chosen) return chosen
      }
      return afterShown(shown, await loadExport(resolution, deps))
    },
    enabled: resolution.kind !== 'refused',
    retry: false,
    staleTime: Infinity,
    // The report holds Maps and up to hundreds of thousands of records, which react-query
    // would otherwise walk on every refetch to no gain.
    structuralSharing: false,
    // While a cached copy stands in for a failing source, the source is asked again now and
    // then; the copy stays on screen meanwhile.
    refetchInterval: (query) => (isRetryingBehind(query.state.data) ? BACKGROUND_RETRY_MS : false),
  })
}

/** The loadWatch key of the export query for `dataParam` and `resolution`. */
export function exportWatchKey(dataParam: string | null, resolution: DataUrlResolution): string {
  return hashKey(queryKeys.export(dataParam, resolution))
}

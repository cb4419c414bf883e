import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import type { UiLanguage } from '../../domain/format/languages.ts'
import { resolveDataUrl, type DataUrlResolution } from '../config/data-url-policy.ts'
import type { FetchedExport } from './fetch-export.ts'
import { exportQueryOptions, exportWatchKey } from './export-query.ts'
import { MAX_RETRIES, isLoadError } from './load-error.ts'
import { loadWatch } from './load-watch.ts'
import type { ExportPreview, LoadProgress } from './load-progress.ts'
import { isUsable, loadCachedCopy, loadExport, type LoadedExport } from './load-with-fallback.ts'
import type { CachedSource } from '../cache/export-cache.ts'
import { appBaseHref, runtimeConfigQueryOptions } from '../config/runtime-config.ts'
import { clearSourceChoice } from '../cache/source-choice.ts'
import { queryKeys } from './query-keys.ts'
import { withWarnings } from '../../domain/validate/report-counts.ts'
import { reportForLanguage } from '../../domain/validate/translation-warnings.ts'
import type { ValidationReport } from '../../domain/validate/validation-report.ts'
import type { TranslationWarnings } from '../worker/worker-protocol.ts'

export type ExportLoad =
  /**
   * Fetching the config or the export; `attempt` counts from 1 and grows with retries;
   * `progress` says which step runs (download, parse, check, hand-over) and how far it is.
   */
  | {
      phase: 'loading'
      attempt: number
      maxAttempts: number
      progress: LoadProgress | null
      /**
       * The overview of the export being loaded, once it is validated and while its data is
       * still being handed over from the worker (large exports): enough for the overview page.
       */
      preview: ExportPreview | null
    }
  /** A `?data=` address that may not be loaded: no request was made. */
  | { phase: 'refused'; url: string; reason: 'origin' | 'scheme' | 'malformed' }
  /**
   * No usable answer (network, status, config); `retry` fetches again. Where a good copy of
   * the source is kept: when it was saved, and a way to show it.
   */
  | {
      phase: 'failed'
      error: unknown
      retry: () => void
      cachedCopy?: { savedAt: string }
      showCachedCopy?: () => Promise<void>
    }
  /**
   * An answer arrived and was validated, whatever the outcome. When it did not load but a
   * good copy of the source is kept (`loaded.cachedCopy`), `showCachedCopy` shows that.
   */
  | {
      phase: 'done'
      fetched: FetchedExport
      loaded: LoadedExport
      retry: () => void
      showCachedCopy?: () => Promise<void>
    }

export function asFetched(loaded: LoadedExport): FetchedExport {
  const url = loaded.source.kind === 'url' ? loaded.source.url : loaded.source.name
  return {
    report: loaded.report,
    url: loaded.answeredUrl ?? url,
    fetchedAt: loaded.loadedAt,
    ...(loaded.wrongContentType !== undefined && { wrongContentType: loaded.wrongContentType }),
  }
}

/** The report with the worker's missing-translation warnings added: reportForLanguage's result. */
export function withTranslationWarnings(
  report: ValidationReport,
  worded: TranslationWarnings,
): ValidationReport {
  if (!('data' in report)) return report
  return withWarnings(report, worded.problems, worded.omitted ?? 0)
}

const inLanguageCache = new WeakMap<LoadedExport, Map<UiLanguage, LoadedExport>>()

/**
 * The load with its report in `language` (translation warnings); same input, same object.
 * The warnings of the language the load started in were worded in the worker; another
 * language's are found here.
 */
function inLanguage(loaded: LoadedExport, language: UiLanguage): LoadedExport {
  let byLanguage = inLanguageCache.get(loaded)
  if (!byLanguage) inLanguageCache.set(loaded, (byLanguage = new Map()))
  let out = byLanguage.get(language)
  if (!out) {
    const worded = loaded.translationWarnings
    const report =
      worded?.language === language
        ? withTranslationWarnings(loaded.report, worded)
        : reportForLanguage(loaded.report, language)
    out = report === loaded.report ? loaded : { ...loaded, report }
    byLanguage.set(language, out)
  }
  return out
}

/**
 * The config, then the export the page should show, as one state: a `?data=` address when
 * it is allowed, else the local file the user chose (kept in IndexedDB), else the configured
 * address; when that address cannot be reached, the last good copy with its time.
 */
export function useExportLoad(language: UiLanguage, dataParam: string | null = null): ExportLoad {
  const config = useQuery(runtimeConfigQueryOptions())
  const queryClient = useQueryClient()
  const resolution: DataUrlResolution | null = config.data
    ? resolveDataUrl(dataParam, config.data, new URL(appBaseHref()))
    : null
  const watchKey = resolution ? exportWatchKey(dataParam, resolution) : ''
  const watched = useSyncExternalStore(loadWatch.subscribe, () => loadWatch.get(watchKey))
  const exported = useQuery({
    ...(resolution
      ? exportQueryOptions(queryClient, dataParam, resolution, language)
      : { queryKey: queryKeys.export(dataParam, null), queryFn: skipToken }),
  })
  const refetch = exported.refetch
  const retry = useCallback(() => void refetch(), [refetch])
  const showCopy = (source: CachedSource, failure: LoadedExport['failure']) => async () => {
    const copy = await loadCachedCopy(source, failure, { uiLanguage: language })
    if (copy) queryClient.setQueryData(queryKeys.export(dataParam, resolution), copy)
  }

  if (config.isError)
    return { phase: 'failed', error: config.error, retry: () => void config.refetch() }
  if (resolution?.kind === 'refused')
    return { phase: 'refused', url: resolution.url, reason: resolution.reason }
  if (exported.isError) {
    const error = exported.error
    const source = resolution ? { kind: 'url' as const, url: resolution.url } : null
    const offer =
      isLoadError(error) && error.cachedCopy && source
        ? { cachedCopy: error.cachedCopy, showCachedCopy: showCopy(source, error) }
        : {}
    return { phase: 'failed', error, retry, ...offer }
  }
  if (exported.isSuccess) {
    const loaded = inLanguage(exported.data, language)
    const offer = loaded.cachedCopy ? { showCachedCopy: showCopy(loaded.source, loaded) } : {}
    return { phase: 'done', fetched: asFetched(loaded), loaded, retry, ...offer }
  }
  return {
    phase: 'loading',
    attempt: watched.attempt,
    maxAttempts: MAX_RETRIES + 1,
    progress: watched.progress,
    preview: watched.preview,
  }
}

/**
 * Choosing a local file: it replaces what is shown only when it loads (outcome loaded or
 * partial); otherwise the report comes back for the page to explain, and the data shown
 * before stays.
 */
export function useChooseFile(language: UiLanguage) {
  const queryClient = useQueryClient()
  return useCallback(
    async (file: File): Promise<LoadedExport> => {
      const loaded = inLanguage(await loadExport({ kind: 'file', file }), language)
      // The file is now the remembered choice: the default view loads it again (re-checked),
      // from the cache, so the save must be done first.
      if (isUsable(loaded.report)) {
        await loaded.saved
        await queryClient.invalidateQueries({ queryKey: queryKeys.defaultExport() })
      }
      return loaded
    },
    [queryClient, language],
  )
}

/** Back to the configured data: forgets the chosen file and loads the address again. */
export function useReturnToDefaultSource() {
  const queryClient = useQueryClient()
  return useCallback(async () => {
    await clearSourceChoice()
    await queryClient.invalidateQueries({ queryKey: queryKeys.defaultExport() })
  }, [queryClient])
}

import { useQuery } from '@tanstack/react-query'
import type { UiLanguage } from '../../domain/format/languages.ts'
import { resolveDataUrl } from '../config/data-url-policy.ts'
import { appBaseHref, runtimeConfigQueryOptions } from '../config/runtime-config.ts'
import { asFetched, type ExportLoad } from './use-export-load.ts'
import type { FetchedExport } from './fetch-export.ts'
import { isUsable, loadExport, type LoadedExport } from './load-with-fallback.ts'
import { queryKeys } from './query-keys.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { baselineRef, historyCompare } from '../../domain/compare/baseline-ref.ts'
import { loadFromHistory } from '../history/load-from-history.ts'

/**
 * The baseline a comparison is made against, from `?compare=`: nothing without one; refused
 * (no request) where `?data=` would be; else loading, failed, or an answer with its report.
 * Only a report that loads (outcome loaded or partial) gives `data`; anything else leaves
 * the views as they are and is explained with the same words as an export.
 */
export type BaselineLoad =
  | { phase: 'none' }
  | { phase: 'loading' }
  | Extract<ExportLoad, { phase: 'refused' }>
  | { phase: 'failed'; error: unknown; retry: () => void }
  | { phase: 'done'; fetched: FetchedExport; data: NormalisedExport | null }

/**
 * Loads `compareParam` exactly as an export from an allowed `?data=` address is loaded, or,
 * for a `history:` reference, from this browser's history (validated again the same way).
 */
export function useBaseline(language: UiLanguage, compareParam: string | null): BaselineLoad {
  const config = useQuery(runtimeConfigQueryOptions())
  const ref = compareParam === null ? null : baselineRef(compareParam)
  const history = ref?.kind === 'history' ? ref : null
  const resolution =
    config.data && ref?.kind === 'url'
      ? resolveDataUrl(ref.address, config.data, new URL(appBaseHref()))
      : null
  const allowed = resolution?.kind === 'allowed' ? resolution : null
  // The language words the report's warnings but does not change what loads.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const baseline = useQuery({
    queryKey: queryKeys.baseline(history ? historyCompare(history.hash) : (allowed?.url ?? null)),
    queryFn: ({ signal }): Promise<LoadedExport> =>
      history
        ? loadFromHistory(history.hash, { signal, uiLanguage: language })
        : loadExport(allowed as NonNullable<typeof allowed>, { signal, uiLanguage: language }),
    enabled: allowed !== null || history !== null,
    retry: false,
    staleTime: Infinity,
    structuralSharing: false,
  })
  if (compareParam === null) return { phase: 'none' }
  if (resolution?.kind === 'refused')
    return { phase: 'refused', url: resolution.url, reason: resolution.reason }
  if (config.isError && !history)
    return { phase: 'failed', error: config.error, retry: () => void config.refetch() }
  if (baseline.isError)
    return { phase: 'failed', error: baseline.error, retry: () => void baseline.refetch() }
  if (baseline.isSuccess) {
    const fetched = asFetched(baseline.data)
    const report = fetched.report
    return {
      phase: 'done',
      fetched,
      data: isUsable(report) && 'data' in report ? report.data : null,
    }
  }
  return { phase: 'loading' }
}

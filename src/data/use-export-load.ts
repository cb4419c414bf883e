import { useQuery } from '@tanstack/react-query'
import { exportQueryOptions, type FetchedExport } from './fetch-export.ts'
import { MAX_RETRIES } from './load-error.ts'
import { runtimeConfigQueryOptions } from './runtime-config.ts'
import type { UiLanguage } from '../domain/languages.ts'

export type ExportLoad =
  /** Fetching the config or the export; `attempt` counts from 1 and grows with retries. */
  | { phase: 'loading'; attempt: number; maxAttempts: number }
  /** No usable answer (network, status, config); `retry` fetches again. */
  | { phase: 'failed'; error: unknown; retry: () => void }
  /** An answer arrived and was validated, whatever the outcome. */
  | { phase: 'done'; fetched: FetchedExport }

/** The config, then the export it points to, as one state for the page. */
export function useExportLoad(language: UiLanguage): ExportLoad {
  const config = useQuery(runtimeConfigQueryOptions())
  const dataUrl = config.data?.dataUrl
  const exported = useQuery({
    ...exportQueryOptions(dataUrl ?? '', language),
    enabled: dataUrl !== undefined,
  })
  const maxAttempts = MAX_RETRIES + 1

  if (config.isError)
    return { phase: 'failed', error: config.error, retry: () => void config.refetch() }
  if (exported.isError)
    return { phase: 'failed', error: exported.error, retry: () => void exported.refetch() }
  if (exported.isSuccess) return { phase: 'done', fetched: exported.data }
  const failures = config.isPending ? config.failureCount : exported.failureCount
  return { phase: 'loading', attempt: failures + 1, maxAttempts }
}

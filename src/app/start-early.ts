import type { QueryClient } from '@tanstack/react-query'
import type { UiLanguage } from '../domain/format/languages.ts'
import { startEarlyLoad } from '../data/load/early-export.ts'
import { runtimeConfigQueryOptions } from '../data/config/runtime-config.ts'
import { prewarmExportWorker } from '../data/worker/validate-in-worker.ts'

/**
 * Work every page needs, started at boot (main.tsx, before React's first render) rather than
 * when the page's code has rendered: the runtime config request, the validation worker's
 * start-up and the export's download run while React and the route's chunks start, instead
 * of one after the other (inside React's first render they waited for React to start).
 * The modules are imported statically: they are in the boot chunk anyway (vite.config.ts),
 * and a dynamic import let React's first render run before the download began.
 */
export function startEarly(queryClient: QueryClient, language: UiLanguage): QueryClient {
  void queryClient.prefetchQuery(runtimeConfigQueryOptions())
  prewarmExportWorker()
  // The export's download too, once the config is in (the page's load takes it over); the
  // accessibility statement is the one page that shows no data.
  if (!location.pathname.endsWith('/accessibility')) void startEarlyLoad(queryClient, language)
  return queryClient
}

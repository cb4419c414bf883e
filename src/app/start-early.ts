import type { QueryClient } from '@tanstack/react-query'

/**
 * Work every page needs, started at boot (main.tsx, before React's first render) rather than
 * when the page's code has rendered: the runtime config request, the validation worker's
 * start-up and the export's download run while React and the route's chunks start, instead
 * of one after the other (inside React's first render they waited for React to start).
 */
export function startEarly(queryClient: QueryClient): QueryClient {
  void import('../data/runtime-config.ts').then((m) =>
    queryClient.prefetchQuery(m.runtimeConfigQueryOptions()),
  )
  void import('../data/validate-in-worker.ts').then((m) => m.prewarmExportWorker())
  // The export's download too, once the config is in (the page's load takes it over); the
  // accessibility statement is the one page that shows no data.
  if (!location.pathname.endsWith('/accessibility'))
    void import('../data/early-export.ts').then((m) => m.startEarlyExport(queryClient))
  return queryClient
}

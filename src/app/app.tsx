import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Suspense, lazy, useState } from 'react'
import { Router } from 'wouter'
import { LanguageProvider } from '../i18n/language-context.tsx'
import { uiLanguageFromSearch } from '../url-state/ui-language.ts'
import type { DevPanelProps } from './dev-panel.tsx'
import { createQueryClient } from './query-client.ts'
import { APP_BASE } from '../url-state/location.ts'
import { Shell } from './shell.tsx'

// The condition is a build-time constant, so a production build drops the import and its chunk.
const DevPanel = import.meta.env.DEV
  ? lazy(() => import('./dev-panel.tsx').then((m) => ({ default: m.DevPanel })))
  : null

export interface AppProps {
  /** The mock scenario switcher, in development only. */
  devTools?: DevPanelProps | null
}

/**
 * Work every page needs, started at boot rather than when the page's code has loaded: the
 * runtime config request and the validation worker's start-up run while the route's chunks
 * download, instead of one after the other.
 */
function startEarly(queryClient: QueryClient): QueryClient {
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

export function App({ devTools = null }: AppProps) {
  const [queryClient] = useState(() => startEarly(createQueryClient()))

  return (
    <QueryClientProvider client={queryClient}>
      {/* A deployment under a sub-path builds with BASE_PATH; routes live below it. */}
      <Router base={APP_BASE}>
        <Shell />
      </Router>
      {DevPanel && devTools ? (
        <Suspense fallback={null}>
          {/* Outside the shell: it gets the language from the address itself. */}
          <LanguageProvider language={uiLanguageFromSearch(location.search)}>
            <DevPanel {...devTools} />
          </LanguageProvider>
        </Suspense>
      ) : null}
    </QueryClientProvider>
  )
}

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { Suspense, lazy, useState } from 'react'
import { LanguageProvider } from '../i18n/language-context.tsx'
import { uiLanguageFromSearch } from '../url-state/ui-language.ts'
import type { DevPanelProps } from './dev-panel.tsx'
import { createQueryClient } from './query-client.ts'
import { createAppRouter } from './router.tsx'

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
  return queryClient
}

export function App({ devTools = null }: AppProps) {
  const [queryClient] = useState(() => startEarly(createQueryClient()))
  const [router] = useState(createAppRouter)

  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      {DevPanel && devTools ? (
        <Suspense fallback={null}>
          {/* Outside the router's shell: it gets the language from the address itself. */}
          <LanguageProvider language={uiLanguageFromSearch(location.search)}>
            <DevPanel {...devTools} />
          </LanguageProvider>
        </Suspense>
      ) : null}
    </QueryClientProvider>
  )
}

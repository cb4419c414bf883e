import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { Suspense, lazy } from 'react'
import { Router } from 'wouter'
import { LanguageProvider } from '../i18n/language-context.tsx'
import { uiLanguageFromSearch } from '../url-state/ui-language.ts'
import type { DevPanelProps } from './dev-panel.tsx'
import { APP_BASE } from '../url-state/location.ts'
import { Shell } from './shell.tsx'

// The condition is a build-time constant, so a production build drops the import and its chunk.
const DevPanel = import.meta.env.DEV
  ? lazy(() => import('./dev-panel.tsx').then((m) => ({ default: m.DevPanel })))
  : null

export interface AppProps {
  /** Made at boot, with the config and the export already on their way (start-early.ts). */
  queryClient: QueryClient
  /** The mock scenario switcher, in development only. */
  devTools?: DevPanelProps | null
}

export function App({ queryClient, devTools = null }: AppProps) {
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

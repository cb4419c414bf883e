// First, so that it runs before any module that loads zod.
import './app/zod-without-eval.ts'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app.tsx'
import { createQueryClient } from './app/query-client.ts'
import { startEarly } from './app/start-early.ts'
import type { DevPanelProps } from './app/dev-panel.tsx'
import { loadCatalog } from './i18n/catalog-loader.ts'
import { APP_BASE } from './url-state/location.ts'
import { preloadRoute } from './url-state/route-preload.ts'
import { uiLanguageFromSearch } from './url-state/ui-language.ts'
import './app/app.css'

/**
 * In development the MSW worker must be running before the first request, so it starts
 * before the first render. The dynamic import sits behind a build-time constant: a production
 * build contains no MSW code and no mocks.
 */
async function devTools(): Promise<DevPanelProps | null> {
  if (!import.meta.env.DEV) return null
  const { startMocks } = await import('./app/start-mocks.ts')
  const mocks = await startMocks()
  return { scenario: mocks.scenario, scenarios: mocks.scenarios, onSelect: mocks.select }
}

async function main() {
  const language = uiLanguageFromSearch(location.search)
  document.documentElement.lang = language
  // Starts the words' download beside the rest of the boot; the shell waits for it. The
  // page's own code too: left to the first render, it would wait for the words.
  void loadCatalog(language)
  preloadRoute(location.pathname.slice(APP_BASE.length) || '/')
  // After the mocks (in development they must answer the first request), before React.
  const tools = await devTools()
  const queryClient = startEarly(createQueryClient(), language)
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} devTools={tools} />
    </StrictMode>,
  )
}

void main()

import { QueryClientProvider } from '@tanstack/react-query'
import { Suspense, lazy, useEffect, useState } from 'react'
import type { UiLanguage } from '../domain/languages.ts'
import { LanguageProvider, useTranslate } from '../i18n/language-context.tsx'
import { DataSourcePage } from '../features/data-source/data-source-page.tsx'
import type { DevPanelProps } from './dev-panel.tsx'
import { createQueryClient } from './query-client.ts'

// The condition is a build-time constant, so a production build drops the import and its chunk.
const DevPanel = import.meta.env.DEV
  ? lazy(() => import('./dev-panel.tsx').then((m) => ({ default: m.DevPanel })))
  : null

export interface AppProps {
  language: UiLanguage
  /** The mock scenario switcher, in development only. */
  devTools?: DevPanelProps | null
}

export function App({ language, devTools = null }: AppProps) {
  const [queryClient] = useState(createQueryClient)

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider language={language}>
        <Shell />
        {DevPanel && devTools ? (
          <Suspense fallback={null}>
            <DevPanel {...devTools} />
          </Suspense>
        ) : null}
      </LanguageProvider>
    </QueryClientProvider>
  )
}

function Shell() {
  const t = useTranslate()
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <p className="product-name">{t('app.name')}</p>
        <p className="publisher">{t('app.publisher')}</p>
      </header>
      <main id="main" tabIndex={-1}>
        <DataSourcePage />
      </main>
    </>
  )
}

import { Link, Outlet, useRouterState, useSearch } from '@tanstack/react-router'
import { lazy, Suspense, useEffect } from 'react'
import { UI_LANGUAGES, isUiLanguage, type UiLanguage } from '../domain/languages.ts'
import { LanguageProvider, useTranslate } from '../i18n/language-context.tsx'
import type { MessageKey } from '../i18n/messages-en.ts'

const NAV: {
  to: '/' | '/matrix' | '/roadmap' | '/opportunities' | '/data' | '/accessibility'
  label: MessageKey
}[] = [
  { to: '/', label: 'nav.overview' },
  { to: '/matrix', label: 'nav.matrix' },
  { to: '/roadmap', label: 'nav.roadmap' },
  { to: '/opportunities', label: 'nav.opportunities' },
  { to: '/data', label: 'nav.data' },
  { to: '/accessibility', label: 'nav.accessibility' },
]

// The filter bar loads with the first view that shows it, not with the overview.
const FilterBar = lazy(() =>
  import('../features/filters/filter-bar.tsx').then((m) => ({ default: m.FilterBar })),
)

/** Routes that show the opportunities through the shared filters, full width. */
const VIEW_ROUTES = new Set(['/matrix', '/roadmap', '/opportunities'])

/** The frame of every page: skip link, header with navigation and language, the page. */
export function Shell() {
  const search = useSearch({ strict: false }) as { lang?: string }
  const language: UiLanguage = isUiLanguage(search.lang) ? search.lang : 'fi'

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  return (
    // The first paint waits for the language's catalog (started in main.tsx, already there
    // most of the time); a switch later finds it preloaded.
    <Suspense fallback={null}>
      <LanguageProvider language={language}>
        <Frame language={language} />
      </LanguageProvider>
    </Suspense>
  )
}

function Frame({ language }: { language: UiLanguage }) {
  const t = useTranslate()
  const isView = useRouterState({
    select: (s) => s.matches.some((m) => VIEW_ROUTES.has(m.routeId)),
  })
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="brand">
          <p className="product-name">{t('app.name')}</p>
          <p className="publisher">{t('app.publisher')}</p>
        </div>
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.to}>
                <Link
                  to={item.to}
                  search={true}
                  activeOptions={{ exact: item.to === '/', includeSearch: false }}
                  activeProps={{ 'aria-current': 'page', className: 'active' }}
                >
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t('lang.label')} className="language-switch">
          <ul>
            {UI_LANGUAGES.map((l) => (
              <li key={l}>
                <Link
                  to="."
                  search={(prev) => ({ ...prev, lang: l })}
                  lang={l}
                  hrefLang={l}
                  aria-current={l === language ? 'true' : undefined}
                  className={l === language ? 'active' : undefined}
                >
                  {t(`lang.${l}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {isView ? (
        <Suspense fallback={null}>
          <FilterBar />
        </Suspense>
      ) : null}
      <main id="main" tabIndex={-1} className={isView ? 'view-main' : undefined}>
        <Outlet />
      </main>
    </>
  )
}

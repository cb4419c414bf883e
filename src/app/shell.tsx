import { lazy, Suspense, useEffect, useRef } from 'react'
import { UI_LANGUAGES, type UiLanguage } from '../domain/format/languages.ts'
import { LanguageProvider, useTranslate } from '../i18n/language-context.tsx'
import type { MessageKey } from '../i18n/messages-en.ts'
import { AppLink } from '../url-state/app-link.tsx'
import { useAppPath, useSearchString } from '../url-state/location.ts'
import { searchWithLanguage, uiLanguageFromSearch } from '../url-state/ui-language.ts'
import { LoadNotices } from './load-notices.tsx'
import { SiteMenu } from './site-menu.tsx'
import { AppRoutes, isViewPath, showsData } from './routes.tsx'
import { useDocumentTitle } from './use-document-title.ts'
import { useRouteAnnouncement, useRouteFocus } from './use-route-focus.ts'

const NAV: {
  to: '/' | '/matrix' | '/roadmap' | '/opportunities' | '/sessions' | '/data' | '/accessibility'
  label: MessageKey
}[] = [
  { to: '/', label: 'nav.overview' },
  { to: '/matrix', label: 'nav.matrix' },
  { to: '/roadmap', label: 'nav.roadmap' },
  { to: '/opportunities', label: 'nav.opportunities' },
  { to: '/sessions', label: 'nav.sessions' },
  { to: '/data', label: 'nav.data' },
  { to: '/accessibility', label: 'nav.accessibility' },
]

// The filter bar loads with the first view that shows it, not with the overview.
const FilterBar = lazy(() =>
  import('../features/shared/filters/filter-bar.tsx').then((m) => ({ default: m.FilterBar })),
)

/** The frame of every page: skip link, header with navigation and language, the page. */
export function Shell() {
  const search = useSearchString()
  const language = uiLanguageFromSearch(search)

  useEffect(() => {
    document.documentElement.lang = language
  }, [language])

  return (
    // The first paint waits for the language's catalog (started in main.tsx, already there
    // most of the time); a switch later finds it preloaded.
    <Suspense fallback={null}>
      <LanguageProvider language={language}>
        <Frame language={language} search={search} />
      </LanguageProvider>
    </Suspense>
  )
}

/** Whether a navigation link is the current page's (the overview only on its own path). */
function isCurrent(to: string, path: string): boolean {
  return to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`)
}

function Frame({ language, search }: { language: UiLanguage; search: string }) {
  const t = useTranslate()
  const path = useAppPath()
  const isView = isViewPath(path)
  useScrollToTopOnNewPage(path)
  useRouteFocus(path)
  const title = useDocumentTitle(path)
  const announcement = useRouteAnnouncement(path, language, title)
  return (
    <>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="brand">
          <p className="product-name">{t('app.name')}</p>
          <p className="publisher">{t('app.publisher')}</p>
        </div>
        <SiteMenu location={path + search}>
          <nav aria-label={t('nav.label')} className="main-nav">
            <ul>
              {NAV.map((item) => {
                const current = isCurrent(item.to, path)
                return (
                  <li key={item.to}>
                    <AppLink
                      to={item.to}
                      aria-current={current ? 'page' : undefined}
                      className={current ? 'active' : undefined}
                    >
                      {t(item.label)}
                    </AppLink>
                  </li>
                )
              })}
            </ul>
          </nav>
          <nav aria-label={t('lang.label')} className="language-switch">
            <ul>
              {UI_LANGUAGES.map((l) => (
                <li key={l}>
                  <AppLink
                    to={path}
                    search={searchWithLanguage(search, l)}
                    lang={l}
                    hrefLang={l}
                    aria-current={l === language ? 'true' : undefined}
                    className={l === language ? 'active' : undefined}
                  >
                    {t(`lang.${l}`)}
                  </AppLink>
                </li>
              ))}
            </ul>
          </nav>
        </SiteMenu>
      </header>
      {isView ? (
        <Suspense fallback={null}>
          <FilterBar />
        </Suspense>
      ) : null}
      {showsData(path) ? <LoadNotices /> : null}
      <main id="main" tabIndex={-1} className={isView ? 'view-main' : undefined}>
        <Suspense fallback={null}>
          <AppRoutes />
        </Suspense>
      </main>
    </>
  )
}

/**
 * A link to another page starts at its top, as a page load would; Back and Forward leave the
 * scroll to the browser, which puts the reader back where they were.
 */
function useScrollToTopOnNewPage(path: string): void {
  const traversing = useRef(false)
  useEffect(() => {
    const onPop = () => (traversing.current = true)
    addEventListener('popstate', onPop)
    return () => removeEventListener('popstate', onPop)
  }, [])
  const first = useRef(true)
  useEffect(() => {
    if (first.current) first.current = false
    else if (!traversing.current) scrollTo(0, 0)
    traversing.current = false
  }, [path])
}

import { lazy, type ComponentType } from 'react'
import { Route, Switch } from 'wouter'
import { registerRoutePreload } from '../url-state/route-preload.ts'
import { ViewOrderProvider } from '../features/shared/view-order.ts'
import { NotFoundPage } from './not-found-page.tsx'

interface AppRoute {
  path: string
  /** Whether a path opens this route (for preloading on a link's hover or focus). */
  matches: (path: string) => boolean
  load: () => Promise<ComponentType>
}

// Each page's code loads when the page is opened, so the overview starts small.
const ROUTES: AppRoute[] = [
  {
    path: '/',
    matches: (p) => p === '/',
    load: () => import('../features/overview/overview-page.tsx').then((m) => m.OverviewPage),
  },
  {
    path: '/matrix',
    matches: (p) => p === '/matrix',
    load: () => import('../features/matrix/matrix-page.tsx').then((m) => m.MatrixPage),
  },
  {
    path: '/roadmap',
    matches: (p) => p === '/roadmap',
    load: () => import('../features/roadmap/roadmap-page.tsx').then((m) => m.RoadmapPage),
  },
  {
    path: '/opportunities',
    matches: (p) => p === '/opportunities',
    load: () => import('../features/table/table-page.tsx').then((m) => m.TablePage),
  },
  {
    path: '/opportunities/:id',
    matches: (p) => /^\/opportunities\/[^/]+$/.test(p),
    // With the views' orders, for its previous / next (features do not import each other).
    load: () =>
      Promise.all([
        import('../features/opportunity/opportunity-page.tsx'),
        import('./view-order.ts'),
      ]).then(([{ OpportunityPage }, { viewOrder }]) => {
        const OpportunityRoute = () => (
          <ViewOrderProvider value={viewOrder}>
            <OpportunityPage />
          </ViewOrderProvider>
        )
        return OpportunityRoute
      }),
  },
  {
    path: '/sessions',
    matches: (p) => p === '/sessions',
    load: () => import('../features/sessions/sessions-page.tsx').then((m) => m.SessionsPage),
  },
  {
    path: '/sessions/:id/minutes',
    matches: (p) => /^\/sessions\/[^/]+\/minutes$/.test(p),
    load: () => import('../features/sessions/minutes-page.tsx').then((m) => m.MinutesPage),
  },
  {
    path: '/present',
    matches: (p) => p === '/present',
    load: () => import('../features/present/present-page.tsx').then((m) => m.PresentPage),
  },
  {
    path: '/changes',
    matches: (p) => p === '/changes',
    load: () => import('../features/changes/changes-page.tsx').then((m) => m.ChangesPage),
  },
  {
    path: '/data',
    matches: (p) => p === '/data',
    load: () =>
      import('../features/data-source/data-source-page.tsx').then((m) => m.DataSourcePage),
  },
  {
    path: '/accessibility',
    matches: (p) => p === '/accessibility',
    load: () =>
      import('../features/accessibility/accessibility-page.tsx').then((m) => m.AccessibilityPage),
  },
]

const PAGES = ROUTES.map((route) => {
  registerRoutePreload(route.matches, route.load)
  return { path: route.path, Page: lazy(() => route.load().then((Page) => ({ default: Page }))) }
})

/** The page for the current path; an unknown path gets the not-found page, not a blank one. */
export function AppRoutes() {
  return (
    <Switch>
      {PAGES.map(({ path, Page }) => (
        <Route key={path} path={path}>
          <Page />
        </Route>
      ))}
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  )
}

/** Routes whose page shows the opportunities through the shared filters, full width. */
export function isViewPath(path: string): boolean {
  return path === '/matrix' || path === '/roadmap' || path === '/opportunities'
}

/**
 * Routes whose page shows the loaded data, and so says what state it is in (load-notice.tsx).
 * The data page explains the load in full itself; the accessibility statement shows no data.
 */
export function showsData(path: string): boolean {
  return path !== '/data' && path !== '/accessibility'
}

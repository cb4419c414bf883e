import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from '@tanstack/react-router'
import { isUiLanguage, type UiLanguage } from '../domain/languages.ts'
import { Shell } from './shell.tsx'
import { NotFoundPage } from './not-found-page.tsx'

/** Search parameters every route shares; the filters and view state join them here. */
export interface SharedSearch {
  lang?: UiLanguage
  /** Another export to load (checked against the allowed origins before any request). */
  data?: string
}

export function validateSharedSearch(search: Record<string, unknown>): SharedSearch {
  // Unknown or invalid parameters are dropped, never an error page: a stale link still opens.
  const lang = typeof search.lang === 'string' ? search.lang.toLowerCase() : undefined
  const out: SharedSearch = {}
  if (isUiLanguage(lang)) out.lang = lang
  if (typeof search.data === 'string' && search.data !== '') out.data = search.data
  return out
}

const rootRoute = createRootRoute({
  validateSearch: validateSharedSearch,
  component: Shell,
  notFoundComponent: NotFoundPage,
})

// Each view's code loads when the view is opened, so the overview starts small.
const overviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('../features/overview/overview-page.tsx'),
    'OverviewPage',
  ),
})
const matrixRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/matrix',
  component: lazyRouteComponent(
    () => import('../features/opportunity-list/list-pages.tsx'),
    'MatrixListPage',
  ),
})
const roadmapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/roadmap',
  component: lazyRouteComponent(
    () => import('../features/opportunity-list/list-pages.tsx'),
    'RoadmapListPage',
  ),
})
const opportunitiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opportunities',
  component: lazyRouteComponent(
    () => import('../features/opportunity-list/list-pages.tsx'),
    'OpportunitiesListPage',
  ),
})
export const opportunityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opportunities/$id',
  component: lazyRouteComponent(
    () => import('../features/opportunity/opportunity-page.tsx'),
    'OpportunityPage',
  ),
})
const dataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/data',
  component: lazyRouteComponent(
    () => import('../features/data-source/data-source-page.tsx'),
    'DataSourcePage',
  ),
})
const accessibilityRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accessibility',
  component: lazyRouteComponent(
    () => import('../features/accessibility/accessibility-page.tsx'),
    'AccessibilityPage',
  ),
})

const routeTree = rootRoute.addChildren([
  overviewRoute,
  matrixRoute,
  roadmapRoute,
  opportunitiesRoute,
  opportunityRoute,
  dataRoute,
  accessibilityRoute,
])

export function createAppRouter() {
  return createRouter({
    routeTree,
    // A deployment under a sub-path builds with BASE_PATH; routes live below it.
    basepath: import.meta.env.BASE_URL,
    defaultPreload: 'intent',
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}

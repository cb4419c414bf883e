import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
} from '@tanstack/react-router'
import {
  parseRouterSearch,
  stringifyRouterSearch,
  validateRouterSearch,
} from '../url-state/router-search.ts'
import { Shell } from './shell.tsx'
import { NotFoundPage } from './not-found-page.tsx'

const rootRoute = createRootRoute({
  validateSearch: validateRouterSearch,
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
  component: lazyRouteComponent(() => import('../features/matrix/matrix-page.tsx'), 'MatrixPage'),
})
const roadmapRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/roadmap',
  component: lazyRouteComponent(
    () => import('../features/roadmap/roadmap-page.tsx'),
    'RoadmapPage',
  ),
})
const opportunitiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/opportunities',
  component: lazyRouteComponent(() => import('../features/table/table-page.tsx'), 'TablePage'),
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
    // One schema for all view state: canonical, readable links (`status=planned,inProgress`),
    // not the router's default JSON-in-query encoding.
    parseSearch: parseRouterSearch,
    stringifySearch: stringifyRouterSearch,
    defaultPreload: 'intent',
    scrollRestoration: true,
  })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}

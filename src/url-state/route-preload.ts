/**
 * Route code loads when a route is opened; a link that is hovered or focused starts that
 * download early, so the click usually finds the code already there. The app registers each
 * route's loader; links only know paths.
 */
type Loader = () => Promise<unknown>

const loaders: { matches: (path: string) => boolean; load: Loader }[] = []
const started = new Set<Loader>()

export function registerRoutePreload(matches: (path: string) => boolean, load: Loader): void {
  loaders.push({ matches, load })
}

/** Starts loading the code of the route at `path` (once; failures are left to the route). */
export function preloadRoute(path: string): void {
  const entry = loaders.find((l) => l.matches(path))
  if (!entry || started.has(entry.load)) return
  started.add(entry.load)
  entry.load().catch(() => started.delete(entry.load))
}

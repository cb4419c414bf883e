import type { AnchorHTMLAttributes } from 'react'
import { Link } from 'wouter'
import { useSearchString } from './location.ts'
import { preloadRoute } from './route-preload.ts'

export interface AppLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** A path inside the app: "/matrix", opportunityPath(id). */
  to: string
  /** The query string ("?…" or ""); by default the current one, so filters and language stay. */
  search?: string
}

/**
 * A link inside the app: a real `<a href>` (open in a new tab, copy the address), navigating
 * without a reload, keeping the shared URL state, and fetching the route's code on intent.
 */
export function AppLink({ to, search, onMouseEnter, onFocus, ...anchor }: AppLinkProps) {
  const current = useSearchString()
  return (
    <Link
      {...anchor}
      href={`${to}${search ?? current}`}
      onMouseEnter={(event) => {
        preloadRoute(to)
        onMouseEnter?.(event)
      }}
      onFocus={(event) => {
        preloadRoute(to)
        onFocus?.(event)
      }}
    />
  )
}

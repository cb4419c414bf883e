import { useMemo } from 'react'
import { useTranslate } from '../../i18n/language-context.tsx'
import { AppLink } from '../../url-state/app-link.tsx'
import { stringifyRouterSearch } from '../../url-state/router-search.ts'
import { useRouterSearch } from '../../url-state/use-view-state.ts'

/**
 * The way from a view to the forum presentation: the link keeps the view's query, so the
 * agenda is ranked under the same filters and what-if weights, and opens on the agenda screen
 * rather than on a slide left in the address from an earlier run.
 */
export function PresentLink() {
  const t = useTranslate()
  const search = useRouterSearch()
  const query = useMemo(() => stringifyRouterSearch({ ...search, slide: null }), [search])
  return (
    <AppLink to="/present" search={query} className="present-link">
      {t('nav.present')}
    </AppLink>
  )
}

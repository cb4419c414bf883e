import { useMemo, type ReactNode } from 'react'
import { opportunityWithId } from '../../domain/dataset/opportunity-lookup.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import { Localized } from '../../ui/localized.tsx'
import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { stringifyRouterSearch } from '../../url-state/router-search.ts'
import { useRouterSearch } from '../../url-state/use-view-state.ts'
import type { ViewOrigin } from '../../url-state/view-state.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useFilteredData } from '../shared/filters/use-filtered-data.ts'
import { useViewOrder } from '../shared/view-order.ts'
import { neighbours } from './model/neighbours.ts'
import { opportunityCatalog } from './opportunity-catalog.ts'

const VIEW_PATHS: Readonly<Record<ViewOrigin, string>> = {
  table: '/opportunities',
  matrix: '/matrix',
  roadmap: '/roadmap',
}

/**
 * Back to the view the page was opened from, with its state, and the previous and next
 * opportunities in that view's order and filters (`via` and the view's own parameters in the
 * address). Nothing when the page was not opened from a view.
 */
export function OpportunityNeighbours({ id }: { id: string }) {
  const tt = useFeatureTranslate(opportunityCatalog)
  const t = useTranslate()
  const viewOrder = useViewOrder()
  const routerSearch = useRouterSearch()
  const { data, state, positions } = useFilteredData()
  const via = state.via
  const ids = useMemo(() => {
    if (!data || !via) return null
    const order = viewOrder({ via, data, state, positions, t })
    return order ? Array.from(order, (p) => data.opportunities[p]?.id ?? '') : null
  }, [data, via, state, positions, t, viewOrder])
  if (!data || !via) return null

  const place = ids ? neighbours(ids, id) : null
  const titleOf = (other: string) => {
    const record = opportunityWithId(data, other)?.record
    return <Localized value={record?.title} defaultLanguage={data.dataset.defaultLanguage} />
  }
  const backSearch = stringifyRouterSearch({ ...routerSearch, via: null })
  return (
    <nav aria-label={tt('order.label')} className="opportunity-order">
      <ul>
        <li>
          <AppLink to={VIEW_PATHS[via]} search={backSearch}>
            {tt(`order.back.${via}`)}
          </AppLink>
        </li>
        {place?.previous ? (
          <li>
            <AppLink to={opportunityPath(place.previous)} rel="prev">
              {splitLabel(tt('order.previous', { title: '\u0000' }), titleOf(place.previous))}
            </AppLink>
          </li>
        ) : null}
        {place?.next ? (
          <li>
            <AppLink to={opportunityPath(place.next)} rel="next">
              {splitLabel(tt('order.next', { title: '\u0000' }), titleOf(place.next))}
            </AppLink>
          </li>
        ) : null}
        {place ? (
          <li>{tt('order.place', { place: place.place, total: place.total })}</li>
        ) : ids ? (
          <li>{tt('order.notInList')}</li>
        ) : null}
      </ul>
    </nav>
  )
}

/** A message with the title put where its placeholder was, as text from data stays text. */
function splitLabel(message: string, title: ReactNode) {
  const [before = '', after = ''] = message.split('\u0000')
  return (
    <>
      {before}
      {title}
      {after}
    </>
  )
}

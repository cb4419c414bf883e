import { Link } from '@tanstack/react-router'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { LoadStatus } from '../../ui/load-status.tsx'
import { Localized } from '../../ui/localized.tsx'
import { useFilteredData } from '../filters/use-filtered-data.ts'

/**
 * The matrix, roadmap and table views get their own issues; until then each route shows the
 * opportunities as a plain list by rank, so a shared link to a view always shows the data.
 */
function OpportunityListPage({ heading }: { heading: MessageKey }) {
  const t = useTranslate()
  const { data, load, positions } = useFilteredData()
  if (!data) {
    return (
      <>
        <h1>{t(heading)}</h1>
        <LoadStatus load={load} />
      </>
    )
  }
  const order = [...positions]
  const rank = (i: number) => data.scores[i]?.rank ?? Number.POSITIVE_INFINITY
  order.sort((a, b) => rank(a) - rank(b) || a - b)
  return (
    <>
      <h1>{t(heading)}</h1>
      <p>{t('list.intro')}</p>
      <ol className="opportunity-list">
        {order.map((i) => {
          const o = data.opportunities[i]
          if (!o) return null
          const r = data.scores[i]?.rank
          return (
            <li key={o.id}>
              <Link to="/opportunities/$id" params={{ id: o.id }} search={true}>
                <Localized value={o.record.title} defaultLanguage={data.dataset.defaultLanguage} />
              </Link>{' '}
              <span className="muted">{r ? t('list.rank', { rank: r }) : t('list.unranked')}</span>
            </li>
          )
        })}
      </ol>
    </>
  )
}

export function MatrixListPage() {
  return <OpportunityListPage heading="list.heading.matrix" />
}

export function RoadmapListPage() {
  return <OpportunityListPage heading="list.heading.roadmap" />
}

export function OpportunitiesListPage() {
  return <OpportunityListPage heading="list.heading.opportunities" />
}

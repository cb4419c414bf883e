import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { useSearchVia } from '../../url-state/use-view-state.ts'
import { useId, useState, type ReactNode } from 'react'
import type { MatrixRow } from './model/matrix-model.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import type { MatrixKey } from './matrix-catalog.ts'
import { RankChange } from './rank-change.tsx'

const PAGE = 15

/** The ranking beside the chart, highest first, with each rank's move and robust marks. */
export function RankList({
  rows,
  titleNode,
  showChange,
  t,
}: {
  rows: readonly MatrixRow[]
  titleNode: (row: MatrixRow) => ReactNode
  /** Only a what-if has changes to show. */
  showChange: boolean
  t: FeatureTranslate<MatrixKey>
}) {
  const id = useId()
  const [count, setCount] = useState(PAGE)
  const search = useSearchVia('matrix')
  const shown = rows.slice(0, count)
  const more = Math.min(PAGE, rows.length - count)
  return (
    <section className="rank-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('rank.heading')}</h2>
      <p className="hint">{t('rank.hint')}</p>
      <ol className="rank-list">
        {shown.map((row) => (
          <li key={row.id}>
            <span className="rank-number">{row.rank}.</span>
            <AppLink to={opportunityPath(row.id)} search={search} className="rank-title">
              {titleNode(row)}
            </AppLink>
            {showChange ? <RankChange change={row.rankChange} t={t} /> : null}
            {row.robust ? (
              <span className="robust-badge" title={t('rank.robust')}>
                <span aria-hidden="true">◎</span>
                <span className="vh">{t('rank.robust')}</span>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {more > 0 ? (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setCount((c) => c + PAGE)}
        >
          {t('rank.more', { n: more })}
        </button>
      ) : null}
    </section>
  )
}

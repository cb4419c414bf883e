import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { useSearchVia } from '../../url-state/use-view-state.ts'
import { useId, useState, type ReactNode } from 'react'
import type { MatrixRow } from './model/matrix-model.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import type { MatrixKey } from './matrix-catalog.ts'

const FIRST = 10

function reason(row: MatrixRow): MatrixKey {
  if (row.impact === null && row.feasibility === null) return 'unscored.none'
  return row.impact !== null ? 'unscored.feasibility' : 'unscored.impact'
}

/** Opportunities the matrix cannot place (no score on an axis), with what is missing. */
export function UnscoredList({
  rows,
  titleNode,
  t,
}: {
  rows: readonly MatrixRow[]
  titleNode: (row: MatrixRow) => ReactNode
  t: FeatureTranslate<MatrixKey>
}) {
  const id = useId()
  const [all, setAll] = useState(false)
  const search = useSearchVia('matrix')
  if (rows.length === 0) return null
  const shown = all ? rows : rows.slice(0, FIRST)
  return (
    <section className="unscored-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {t('unscored.heading')} ({rows.length})
      </h2>
      <p className="hint">{t('unscored.hint')}</p>
      <ul className="unscored-list">
        {shown.map((row) => (
          <li key={row.id}>
            <AppLink to={opportunityPath(row.id)} search={search}>
              {titleNode(row)}
            </AppLink>{' '}
            <span className="muted">({t(reason(row))})</span>
          </li>
        ))}
      </ul>
      {!all && rows.length > FIRST ? (
        <button type="button" className="button button-quiet" onClick={() => setAll(true)}>
          {t('unscored.more', { n: rows.length })}
        </button>
      ) : null}
    </section>
  )
}

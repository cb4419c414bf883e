import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { useSearchVia } from '../../url-state/use-view-state.ts'
import { useId, useState } from 'react'
import type { MatrixRow } from './model/matrix-model.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatNumber, formatScore } from '../../ui/format.ts'
import type { MatrixKey } from './matrix-catalog.ts'
import type { MatrixNames } from './use-matrix-names.tsx'

/** Rows per page: 10 000 opportunities must not become 10 000 table rows at once. */
export const TABLE_PAGE = 100

const NUMBER_COLUMNS = ['impact', 'feasibility', 'priority', 'rank'] as const

/**
 * The matrix as a table (its accessible alternative): the same opportunities, scores,
 * ranks and quadrants, by rank, placed and unplaced alike; paged past `TABLE_PAGE` rows.
 */
export function MatrixTable({
  rows,
  names,
  locale,
  t,
}: {
  rows: readonly MatrixRow[]
  names: Pick<MatrixNames, 'titleNode' | 'themeNode'>
  locale: string
  t: FeatureTranslate<MatrixKey>
}) {
  const id = useId()
  const [page, setPage] = useState(0)
  const pages = Math.max(1, Math.ceil(rows.length / TABLE_PAGE))
  const current = Math.min(page, pages - 1)
  const from = current * TABLE_PAGE
  const shown = rows.slice(from, from + TABLE_PAGE)
  const search = useSearchVia('matrix')
  const score = (v: number | null) => (v === null ? '–' : formatScore(locale, v))
  return (
    <div className="matrix-table">
      <table aria-describedby={pages > 1 ? `${id}-pages` : undefined}>
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.title')}</th>
            <th scope="col">{t('table.theme')}</th>
            {NUMBER_COLUMNS.map((c) => (
              <th key={c} scope="col" className="number">
                {t(`table.${c}`)}
              </th>
            ))}
            <th scope="col">{t('table.quadrant')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <AppLink to={opportunityPath(row.id)} search={search}>
                  {names.titleNode(row)}
                </AppLink>
                {row.partial ? <span className="muted"> {t('table.partial')}</span> : null}
              </th>
              <td>{names.themeNode(row)}</td>
              <td className="number">{score(row.impact)}</td>
              <td className="number">{score(row.feasibility)}</td>
              <td className="number">{score(row.priority)}</td>
              <td className="number">{row.rank === null ? '–' : formatNumber(locale, row.rank)}</td>
              <td>
                {row.quadrant ? t(`quadrant.${row.quadrant}`) : t('table.notPlaced')}
                {row.robust ? ` (${t('rank.robust')})` : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {/* The chart's robust ring, in words: what "(robust)" after a quadrant means. */}
      <p className="muted">{t('legend.robust')}</p>
      {pages > 1 ? (
        <nav className="table-pages" aria-labelledby={`${id}-pages`}>
          <button
            type="button"
            className="button button-quiet"
            disabled={current === 0}
            onClick={() => setPage(current - 1)}
          >
            {t('table.previous')}
          </button>
          <span id={`${id}-pages`} aria-live="polite">
            {t('table.pages', {
              from: from + 1,
              to: from + shown.length,
              total: rows.length,
            })}
          </span>
          <button
            type="button"
            className="button button-quiet"
            disabled={current >= pages - 1}
            onClick={() => setPage(current + 1)}
          >
            {t('table.next')}
          </button>
        </nav>
      ) : null}
    </div>
  )
}

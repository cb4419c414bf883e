import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { Pager, usePaging } from '../../ui/paging.tsx'
import { useSearchVia } from '../../url-state/use-view-state.ts'
import type { MatrixRow } from './model/matrix-model.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatNumber, formatScore } from '../../ui/format.ts'
import type { MatrixKey } from './matrix-catalog.ts'
import type { MatrixNames } from './use-matrix-names.tsx'
import type { DecisionOf } from '../shared/decisions/use-decision-of.ts'

/** Rows per page: 10 000 opportunities must not become 10 000 table rows at once. */
export const TABLE_PAGE = 100

const NUMBER_COLUMNS = ['impact', 'feasibility', 'priority', 'rank'] as const

/**
 * The matrix as a table (its accessible alternative): the same opportunities, scores,
 * ranks and quadrants, by rank, placed and unplaced alike, and the active forum session's
 * decisions while one is active; paged past `TABLE_PAGE` rows.
 */
export function MatrixTable({
  rows,
  names,
  decisionOf,
  locale,
  t,
}: {
  rows: readonly MatrixRow[]
  names: Pick<MatrixNames, 'titleNode' | 'themeNode'>
  decisionOf: DecisionOf | null
  locale: string
  t: FeatureTranslate<MatrixKey>
}) {
  const paging = usePaging(rows, TABLE_PAGE)
  const { shown, pages, rangeId } = paging
  const search = useSearchVia('matrix')
  const score = (v: number | null) => (v === null ? '–' : formatScore(locale, v))
  return (
    <div className="matrix-table">
      <table aria-describedby={pages > 1 ? rangeId : undefined}>
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
            {decisionOf ? <th scope="col">{t('table.decision')}</th> : null}
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
              {decisionOf ? <td>{decisionOf(row.id) ?? '–'}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {/* The chart's robust ring, in words: what "(robust)" after a quadrant means. */}
      <p className="muted">{t('legend.robust')}</p>
      <Pager paging={paging} />
    </div>
  )
}

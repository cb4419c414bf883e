import './compare-arrows.css'
import { useMemo } from 'react'
import type { Comparison } from '../../domain/compare/comparison.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDay } from '../../i18n/format-date.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import { formatNumber } from '../../ui/format.ts'
import { Localized } from '../../ui/localized.tsx'
import { Pager, usePaging } from '../../ui/paging.tsx'
import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { useSearchVia, useSetViewState } from '../../url-state/use-view-state.ts'
import { compareArrowsCatalog } from './compare-arrows-catalog.ts'
import { TABLE_PAGE } from './matrix-table.tsx'
import type { ChartGeometry } from './model/chart-geometry.ts'
import { arrowPaths, compareMarks, ringsPath, twinRows } from './model/compare-arrows.ts'
import type { MatrixLayout } from './model/matrix-layout.ts'
import type { MatrixRow } from './model/matrix-model.ts'

/** Ghost marks are this wide; rings sit this far outside a new one's mark. */
const GHOST_R = 6
const RING_GAP = 4
/** "new" is written beside marks only while the chart draws them one by one. */
const NEW_LABELS = 60

/**
 * Drawn over the chart: arrows for moved opportunities, hollow ghosts for dropped ones and
 * rings for new ones. Decoration only (aria-hidden): the table twin says the same in words,
 * and each mark's own link stays the keyboard path to the opportunity.
 */
export function CompareOverlay({
  comparison,
  rows,
  layout,
  geometry,
}: {
  comparison: Comparison
  rows: readonly MatrixRow[]
  layout: MatrixLayout
  geometry: ChartGeometry
}) {
  const t = useFeatureTranslate(compareArrowsCatalog)
  const marks = useMemo(() => {
    const index = new Map(rows.map((r, i) => [r.id, i]))
    return compareMarks(
      comparison.changes,
      (id) => {
        const i = index.get(id)
        return i === undefined
          ? undefined
          : { x: layout.x[i] as number, y: layout.y[i] as number, r: layout.r[i] as number }
      },
      (impact, feasibility) => ({ x: geometry.x(feasibility / 100), y: geometry.y(impact / 100) }),
    )
  }, [comparison, rows, layout, geometry])
  const arrows = useMemo(() => arrowPaths(marks.arrows), [marks])
  const { width, height } = geometry
  return (
    <svg
      className="compare-overlay"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      data-arrows={marks.arrows.length}
      data-ghosts={marks.ghosts.length}
      data-added={marks.added.length}
    >
      <path className="compare-ghosts" d={ringsPath(marks.ghosts, GHOST_R)} />
      <path className="compare-shafts" d={arrows.shafts} />
      <path className="compare-heads" d={arrows.heads} />
      <path className="compare-new-rings" d={ringsPath(marks.added, RING_GAP)} />
      {layout.mode === 'svg' && marks.added.length <= NEW_LABELS
        ? marks.added.map((a) => (
            <text
              key={a.id}
              className="compare-new-label"
              x={a.at.x}
              y={a.at.y + a.r + RING_GAP}
              dy="1em"
              textAnchor="middle"
              fontSize={geometry.fontSize * 0.75}
            >
              {t('new')}
            </text>
          ))
        : null}
    </svg>
  )
}

/** The toggle that turns the drawing off and on (`arrows=off` in the address). */
export function ArrowsToggle({
  on,
  baselineExportedAt,
}: {
  on: boolean
  baselineExportedAt: string
}) {
  const t = useFeatureTranslate(compareArrowsCatalog)
  const locale = useLocale()
  const setViewState = useSetViewState()
  return (
    <label className="arrows-toggle">
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => setViewState({ arrows: e.target.checked ? null : 'off' })}
      />{' '}
      {t('toggle', { date: formatDay(baselineExportedAt, locale) })}
    </label>
  )
}

/** The legend line: what an arrow, a ghost and a ring mean, each shown as drawn. */
export function CompareLegend() {
  const t = useFeatureTranslate(compareArrowsCatalog)
  return (
    <ul className="compare-legend">
      <li>
        <svg width="28" height="14" aria-hidden="true">
          <path className="compare-shafts" d="M2 7L19 7" />
          <path className="compare-heads" d="M26 7L19 10.5L19 3.5Z" />
        </svg>{' '}
        {t('legend.arrow')}
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle className="compare-ghosts" cx="8" cy="8" r="6" />
        </svg>{' '}
        {t('legend.ghost')}
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle className="compare-new-rings" cx="8" cy="8" r="6" />
        </svg>{' '}
        {t('legend.new')}
      </li>
    </ul>
  )
}

/**
 * The arrows' table twin, and their keyboard path: each moved, new or dropped opportunity
 * with its axis scores and rank then and now; current ones link to their page.
 */
export function CompareArrowsTable({
  comparison,
  defaultLanguage,
}: {
  comparison: Comparison
  defaultLanguage: ContentLanguage
}) {
  const t = useFeatureTranslate(compareArrowsCatalog)
  const locale = useLocale()
  const search = useSearchVia('matrix')
  const rows = useMemo(() => twinRows(comparison), [comparison])
  const paging = usePaging(rows, TABLE_PAGE)
  const n = (v: number | null) => (v === null ? '–' : formatNumber(locale, v, 0))
  return (
    <details className="compare-twin">
      <summary>{t('table.summary', { count: rows.length })}</summary>
      <div className="matrix-table">
        <table aria-describedby={paging.pages > 1 ? paging.rangeId : undefined}>
          <caption>
            {t('table.caption', { date: formatDay(comparison.baselineExportedAt, locale) })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('table.title')}</th>
              <th scope="col">{t('table.change')}</th>
              <th scope="col" className="number">
                {t('table.impactThen')}
              </th>
              <th scope="col" className="number">
                {t('table.impactNow')}
              </th>
              <th scope="col" className="number">
                {t('table.feasibilityThen')}
              </th>
              <th scope="col" className="number">
                {t('table.feasibilityNow')}
              </th>
              <th scope="col" className="number">
                {t('table.rankThen')}
              </th>
              <th scope="col" className="number">
                {t('table.rankNow')}
              </th>
            </tr>
          </thead>
          <tbody>
            {paging.shown.map((r) => (
              <tr key={r.id} className={r.kind === 'removed' ? 'is-removed' : undefined}>
                <th scope="row">
                  {r.now ? (
                    <AppLink to={opportunityPath(r.id)} search={search}>
                      <Localized value={r.now.title} defaultLanguage={defaultLanguage} />
                    </AppLink>
                  ) : (
                    <Localized value={r.then?.title} defaultLanguage={defaultLanguage} />
                  )}
                </th>
                <td>{t(`change.${r.kind}`)}</td>
                <td className="number">{n(r.impact.then)}</td>
                <td className="number">{n(r.impact.now)}</td>
                <td className="number">{n(r.feasibility.then)}</td>
                <td className="number">{n(r.feasibility.now)}</td>
                <td className="number">{n(r.rank.then)}</td>
                <td className="number">{n(r.rank.now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager paging={paging} />
      </div>
    </details>
  )
}

import { scaleLinear } from 'd3-scale'
import { useMemo } from 'react'
import { QUADRANTS } from '../../domain/scoring/quadrant.ts'
import type { ScoreTable } from '../../domain/scoring/score-table.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import type { ThemeStyle } from '../../ui/theme-style.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import { ChartTwin } from './chart-twin.tsx'
import { miniMatrix } from './model/mini-charts.ts'
import { overviewCatalog } from './overview-catalog.ts'
import { symbolCloud } from './model/symbol-cloud.ts'
import { SYMBOL_TYPES } from '../../ui/theme-symbols.ts'

// Inside a 100 × 100 box, with a margin so symbols at the edges are whole.
const x = scaleLinear().domain([0, 1]).range([5, 95])
const y = scaleLinear().domain([0, 1]).range([95, 5])
/** A symbol's area in the box's units: some 3 units across. */
const SYMBOL_SIZE = 10

/**
 * The matrix in miniature: every placed opportunity as its theme's symbol, the quadrants
 * split as the matrix splits them. The whole picture is one link to the matrix; the counts
 * per quadrant are its table twin.
 */
export function MiniMatrix({
  positions,
  scores,
  styleOf,
}: {
  positions: readonly number[]
  scores: ScoreTable
  styleOf: (position: number) => ThemeStyle
}) {
  const t = useFeatureTranslate(overviewCatalog)
  const { points, quadrants } = useMemo(() => miniMatrix(positions, scores), [positions, scores])
  const clouds = useMemo(() => {
    const byTheme = new Map<string, { style: ThemeStyle; at: [number, number][] }>()
    for (const p of points) {
      const style = styleOf(p.position)
      let group = byTheme.get(style.themeId)
      if (!group) byTheme.set(style.themeId, (group = { style, at: [] }))
      group.at.push([x(p.feasibility), y(p.impact)])
    }
    return [...byTheme.values()].map((g) => ({
      style: g.style,
      count: g.at.length,
      d: symbolCloud(SYMBOL_TYPES[g.style.symbol], SYMBOL_SIZE, g.at),
    }))
  }, [points, styleOf])
  return (
    <section className="dash-card mini-card" aria-labelledby="mini-matrix-heading">
      <h2 id="mini-matrix-heading">{t('mini.matrix.heading')}</h2>
      <AppLink to="/matrix" className="mini-matrix-link">
        <svg className="mini-matrix" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
          <rect x="0" y="0" width="100" height="100" fill="#f3f5f7" stroke="#8a8f94" />
          <line x1={x(0.5)} x2={x(0.5)} y1="0" y2="100" stroke="#8a8f94" />
          <line y1={y(0.5)} y2={y(0.5)} x1="0" x2="100" stroke="#8a8f94" />
          {clouds.map((c) => (
            <path
              key={c.style.themeId}
              d={c.d}
              data-points={c.count}
              fill={c.style.colour}
              fillOpacity={0.85}
              stroke="#1a1a1a"
              strokeWidth={0.4}
            />
          ))}
        </svg>
        <span>{t('mini.matrix.link', { count: points.length })}</span>
      </AppLink>
      <ChartTwin
        name={t('mini.matrix.heading')}
        columns={[t('mini.matrix.quadrant'), t('chart.count')]}
        rows={QUADRANTS.map((q) => ({
          key: q,
          label: t(`quadrant.${q}`),
          cells: [String(quadrants[q])],
        }))}
      />
    </section>
  )
}

import { memo } from 'react'
import type { Quadrant } from '../../domain/scoring/quadrant.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatScore } from '../../ui/format.ts'
import type { ChartGeometry } from './model/chart-geometry.ts'
import type { MatrixKey } from './matrix-catalog.ts'

/**
 * What stays put when bubbles move: the four tinted quadrants with their names in plain
 * words, the grid, the ticks and the axis titles with their criteria. Decorative for
 * assistive technology (aria-hidden): the chart's description and each opportunity's name say
 * the same in words.
 */

const CORNERS: { quadrant: Quadrant; right: boolean; top: boolean }[] = [
  { quadrant: 'buildConditions', right: false, top: true },
  { quadrant: 'actNow', right: true, top: true },
  { quadrant: 'reconsider', right: false, top: false },
  { quadrant: 'quickWins', right: true, top: false },
]

export const MatrixFrame = memo(function MatrixFrame({
  geometry,
  t,
  locale,
  impactCriteria,
  feasibilityCriteria,
}: {
  geometry: ChartGeometry
  t: FeatureTranslate<MatrixKey>
  locale: string
  impactCriteria: string
  feasibilityCriteria: string
}) {
  const { plot, x, y, fontSize, ticks, width, height } = geometry
  const midX = x(0.5)
  const midY = y(0.5)
  const pad = fontSize * 0.6
  return (
    <svg
      className="matrix-frame-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      fontSize={fontSize}
    >
      <rect
        className="quadrant quadrant-buildConditions"
        x={plot.x0}
        y={plot.y0}
        width={midX - plot.x0}
        height={midY - plot.y0}
      />
      <rect
        className="quadrant quadrant-actNow"
        x={midX}
        y={plot.y0}
        width={plot.x1 - midX}
        height={midY - plot.y0}
      />
      <rect
        className="quadrant quadrant-reconsider"
        x={plot.x0}
        y={midY}
        width={midX - plot.x0}
        height={plot.y1 - midY}
      />
      <rect
        className="quadrant quadrant-quickWins"
        x={midX}
        y={midY}
        width={plot.x1 - midX}
        height={plot.y1 - midY}
      />
      {ticks.map((v) =>
        v === 0 || v === 1 || v === 0.5 ? null : (
          <g key={v} className="grid-line">
            <line x1={x(v)} x2={x(v)} y1={plot.y0} y2={plot.y1} />
            <line x1={plot.x0} x2={plot.x1} y1={y(v)} y2={y(v)} />
          </g>
        ),
      )}
      <line className="split-line" x1={midX} x2={midX} y1={plot.y0} y2={plot.y1} />
      <line className="split-line" x1={plot.x0} x2={plot.x1} y1={midY} y2={midY} />
      <rect
        className="plot-border"
        x={plot.x0}
        y={plot.y0}
        width={plot.x1 - plot.x0}
        height={plot.y1 - plot.y0}
      />
      {CORNERS.map(({ quadrant, right, top }) => {
        const tx = right ? plot.x1 - pad : plot.x0 + pad
        const ty = top ? plot.y0 + pad + fontSize * 1.1 : plot.y1 - pad - fontSize * 1.05
        return (
          <text
            key={quadrant}
            className="quadrant-label"
            x={tx}
            y={ty}
            textAnchor={right ? 'end' : 'start'}
          >
            <tspan className="quadrant-name">{t(`quadrant.${quadrant}`)}</tspan>
            <tspan className="quadrant-hint" x={tx} dy="1.25em">
              {t(`quadrant.${quadrant}.hint`)}
            </tspan>
          </text>
        )
      })}
      {ticks.map((v) => (
        <g key={v} className="tick-label">
          <text x={x(v)} y={plot.y1 + fontSize * 1.25} textAnchor="middle">
            {formatScore(locale, v)}
          </text>
          <text x={plot.x0 - fontSize * 0.4} y={y(v)} dy="0.35em" textAnchor="end">
            {formatScore(locale, v)}
          </text>
        </g>
      ))}
      <text className="axis-title" x={plot.x0} y={height - fontSize * 0.7}>
        <tspan className="axis-name">{t('axis.feasibility')} →</tspan>
        <tspan className="axis-criteria" dx="0.8em">
          {feasibilityCriteria}
        </tspan>
      </text>
      <text className="axis-title" x={4} y={plot.y0 - fontSize * 0.8}>
        <tspan className="axis-name">↑ {t('axis.impact')}</tspan>
        <tspan className="axis-criteria" dx="0.8em">
          {impactCriteria}
        </tspan>
      </text>
    </svg>
  )
})

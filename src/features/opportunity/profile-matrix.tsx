import { scaleLinear } from 'd3-scale'
import { useMemo } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { ScoreTable } from '../../domain/scoring/score-table.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import { formatScore } from '../../ui/format.ts'
import { themeStyles, UNKNOWN_THEME_STYLE } from '../../ui/theme-style.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import { markPath } from '../shared/theme-symbol.tsx'
import { profileMatrix } from './model/profile-matrix.ts'
import { opportunityCatalog } from './opportunity-catalog.ts'

// Inside a 100 × 100 box, with a margin so the marked symbol at an edge stays whole.
const x = scaleLinear().domain([0, 1]).range([8, 92])
const y = scaleLinear().domain([0, 1]).range([92, 8])

/**
 * The opportunity's place on a small matrix (impact up, feasibility right) among every other
 * placed opportunity, drawn faint; this one is its theme's symbol, bigger and outlined. The
 * picture is decorative: the sentence under it says the same in words.
 */
export function ProfileMatrix({
  data,
  index,
  scores,
}: {
  data: NormalisedExport
  index: number
  scores: ScoreTable
}) {
  const tt = useFeatureTranslate(opportunityCatalog)
  const locale = useLocale()
  const m = useMemo(() => profileMatrix(scores, index), [scores, index])
  const theme = data.opportunities[index]?.record.theme ?? ''
  const style = useMemo(
    () => themeStyles(data.themes).get(theme) ?? UNKNOWN_THEME_STYLE,
    [data.themes, theme],
  )
  return (
    <section aria-labelledby="profile-matrix-heading" className="profile-matrix">
      <h2 id="profile-matrix-heading">{tt('matrix.heading')}</h2>
      <svg
        className="profile-matrix-chart"
        viewBox="0 0 100 100"
        aria-hidden="true"
        focusable="false"
      >
        <rect className="frame" x="0" y="0" width="100" height="100" />
        <line className="split" x1={x(0.5)} x2={x(0.5)} y1="0" y2="100" />
        <line className="split" y1={y(0.5)} y2={y(0.5)} x1="0" x2="100" />
        {m.others.map((d) => (
          <circle
            key={d.position}
            className="other"
            cx={x(d.feasibility)}
            cy={y(d.impact)}
            r="1.6"
          />
        ))}
        {m.self ? (
          <path
            className="self"
            data-self=""
            d={markPath(style.symbol)}
            transform={`translate(${x(m.self.feasibility)} ${y(m.self.impact)}) scale(0.75)`}
            fill={style.colour}
          />
        ) : null}
      </svg>
      <p className="profile-matrix-text">
        {m.self && m.quadrant
          ? tt('matrix.text', {
              impact: formatScore(locale, m.self.impact),
              feasibility: formatScore(locale, m.self.feasibility),
              quadrant: tt(`quadrant.${m.quadrant}`),
              place: tt(`quadrant.${m.quadrant}.place`),
              count: m.placed - 1,
            })
          : tt('matrix.notPlaced', { count: m.placed })}
      </p>
      <p>
        <AppLink to="/matrix">{tt('matrix.link')}</AppLink>
      </p>
    </section>
  )
}

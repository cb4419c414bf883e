import { useMemo } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { Opportunity } from '../../domain/format/export-schema.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { horizonProfile } from './model/horizon-profile.ts'
import { opportunityCatalog } from './opportunity-catalog.ts'

// The axis inside a 600-unit-wide box, with room at the ends for a milestone's mark.
const LEFT = 10
const WIDTH = 580
const px = (share: number) => LEFT + share * WIDTH

/**
 * The opportunity's horizon on the strategy period: the years, the period, the horizon as a
 * bar, its phases under it and its milestones as diamonds (filled when done). The drawing is
 * decorative: the sentence under it and the phase and milestone lists give every date.
 */
export function ProfileHorizon({ record, data }: { record: Opportunity; data: NormalisedExport }) {
  const tt = useFeatureTranslate(opportunityCatalog)
  const period = data.dataset.strategyPeriod
  const p = useMemo(() => horizonProfile(period, record), [period, record])
  const yearWidth = p.years.length > 0 ? WIDTH / p.years.length : WIDTH
  return (
    <section aria-labelledby="profile-horizon-heading" className="profile-horizon">
      <h2 id="profile-horizon-heading">{tt('horizon.heading')}</h2>
      <svg className="horizon-chart" viewBox="0 0 600 78" aria-hidden="true" focusable="false">
        <rect
          className="period"
          x={px(p.period.from)}
          y="16"
          width={(p.period.to - p.period.from) * WIDTH}
          height="62"
        />
        {p.years.map((y) => (
          <g key={y.year}>
            <line className="year-line" x1={px(y.at)} x2={px(y.at)} y1="0" y2="78" />
            <text className="year-label" x={px(y.at) + yearWidth / 2} y="11" textAnchor="middle">
              {y.year}
            </text>
          </g>
        ))}
        {p.horizon ? (
          <rect
            className="horizon-bar"
            x={px(p.horizon.from)}
            y="20"
            width={(p.horizon.to - p.horizon.from) * WIDTH}
            height="16"
          />
        ) : null}
        {p.phases.map((ph, i) => (
          <rect
            key={i}
            className={`phase phase-${i % 2}`}
            x={px(ph.from)}
            y="40"
            width={(ph.to - ph.from) * WIDTH}
            height="12"
          />
        ))}
        {p.milestones.map((m, i) => (
          <path
            key={i}
            className={m.done ? 'milestone done' : 'milestone'}
            d={`M${px(m.at)} 57 l6 7 l-6 7 l-6 -7 z`}
          />
        ))}
      </svg>
      <p className="horizon-text">
        {p.horizon
          ? tt('horizon.text', {
              start: p.horizon.start,
              end: p.horizon.end,
              periodStart: String(period.start),
              periodEnd: String(period.end),
            })
          : tt('horizon.none', {
              periodStart: String(period.start),
              periodEnd: String(period.end),
            })}
        {p.phases.length || p.milestones.length ? ` ${tt('horizon.key')}` : ''}
      </p>
    </section>
  )
}

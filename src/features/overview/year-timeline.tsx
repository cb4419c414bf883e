import { scaleLinear } from 'd3-scale'
import { useMemo } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import { BarMark } from './bar-mark.tsx'
import { ChartTwin } from './chart-twin.tsx'
import { startsAndEnds } from './model/mini-charts.ts'
import { overviewCatalog } from './overview-catalog.ts'

const ACCENT = '#0b4f6c'

/** How many opportunities start and end in each year of the strategy period; links to the roadmap. */
export function YearTimeline({
  data,
  positions,
}: {
  data: NormalisedExport
  positions: readonly number[]
}) {
  const t = useFeatureTranslate(overviewCatalog)
  const rows = useMemo(() => startsAndEnds(data, positions), [data, positions])
  const scale = scaleLinear()
    .domain([0, Math.max(1, ...rows.flatMap((r) => [r.starts, r.ends]))])
    .range([0, 1])
  return (
    <section className="dash-card timeline-card" aria-labelledby="mini-timeline-heading">
      <h2 id="mini-timeline-heading">{t('mini.timeline.heading')}</h2>
      <p className="hint">{t('mini.timeline.note')}</p>
      <ul className="group-rows year-rows">
        {rows.map((r) => (
          <li key={r.year}>
            <span className="group-name">{r.year}</span>
            <span className="group-measure">
              <span className="vh">{t('mini.timeline.starts')}: </span>
              <BarMark share={scale(r.starts)} colour={ACCENT} />
              <span className="group-value">{r.starts}</span>
            </span>
            <span className="group-measure">
              <span className="vh">{t('mini.timeline.ends')}: </span>
              <BarMark share={scale(r.ends)} colour={ACCENT} faint />
              <span className="group-value">{r.ends}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="group-key muted" aria-hidden="true">
        <span className="key-solid" /> {t('mini.timeline.starts')} <span className="key-faint" />{' '}
        {t('mini.timeline.ends')}
      </p>
      <p className="mini-link">
        <AppLink to="/roadmap">{t('mini.timeline.link')}</AppLink>
      </p>
      <ChartTwin
        name={t('mini.timeline.heading')}
        columns={[t('mini.timeline.year'), t('mini.timeline.starts'), t('mini.timeline.ends')]}
        rows={rows.map((r) => ({
          key: String(r.year),
          label: String(r.year),
          cells: [String(r.starts), String(r.ends)],
        }))}
      />
    </section>
  )
}

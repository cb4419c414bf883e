import { scaleLinear } from 'd3-scale'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import type { Status } from '../../domain/format/export-vocabulary.ts'
import type { CountRow } from '../../domain/dataset/overview-stats.ts'
import { stackSegments } from './model/stacked-bar.ts'
import { ChartTwin } from './chart-twin.tsx'
import { overviewCatalog } from './overview-catalog.ts'

/**
 * The lifecycle from light to dark blue, then the two side states in greys, so the bar reads
 * as progress from left to right. Each segment is also named, in order, in the legend below.
 */
const STATUS_COLOURS: Record<Status, string> = {
  identified: '#c6dbef',
  prioritised: '#9ecae1',
  planned: '#4292c6',
  inProgress: '#2171b5',
  completed: '#08306b',
  onHold: '#bdbdbd',
  discarded: '#f0f0f0',
}

/** Opportunities by status as one stacked bar, its legend as links to the filtered table. */
export function StatusBar({
  rows,
  searchFor,
}: {
  rows: readonly CountRow[]
  searchFor: (status: Status) => string
}) {
  const ot = useFeatureTranslate(overviewCatalog)
  const t = useTranslate()
  const { segments: stacked, total } = stackSegments(rows)
  const x = scaleLinear()
    .domain([0, Math.max(1, total)])
    .range([0, 100])
  const segments = stacked.map((s) => ({ ...s, x: x(s.start), width: x(s.end) - x(s.start) }))
  const label = (k: string) => t(`status.${k}` as MessageKey)
  return (
    <section className="dash-card status-card" aria-labelledby="by-status-heading">
      <h2 id="by-status-heading">{t('overview.byStatus')}</h2>
      <svg
        className="status-bar"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        role="img"
        aria-label={ot('status.chart')}
      >
        {segments.map((s) =>
          s.width > 0 ? (
            <rect
              key={s.key}
              x={s.x}
              y="0"
              width={s.width}
              height="10"
              fill={STATUS_COLOURS[s.key as Status]}
              stroke="#1a1a1a"
              strokeWidth="1"
              vectorEffect="non-scaling-stroke"
            />
          ) : null,
        )}
      </svg>
      <ol className="status-legend">
        {rows.map((r) => (
          <li key={r.key}>
            <span
              className="swatch"
              style={{ background: STATUS_COLOURS[r.key as Status] }}
              aria-hidden="true"
            />
            <AppLink to="/opportunities" search={searchFor(r.key as Status)}>
              {ot('chart.countOf', { label: label(r.key), count: r.count })}
            </AppLink>
          </li>
        ))}
      </ol>
      <ChartTwin
        name={t('overview.byStatus')}
        columns={[t('overview.byStatus'), ot('chart.count')]}
        rows={rows.map((r) => ({ key: r.key, label: label(r.key), cells: [String(r.count)] }))}
      />
    </section>
  )
}

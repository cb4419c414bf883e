import { scaleLinear } from 'd3-scale'
import type { ReactNode } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import { formatEuros } from '../../ui/format.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import { BarMark } from './bar-mark.tsx'
import { ChartTwin } from './chart-twin.tsx'
import type { GroupRow } from './model/dashboard-model.ts'
import { overviewCatalog } from './overview-catalog.ts'

export interface GroupChartRow extends GroupRow {
  label: ReactNode
  /** Where the row's name leads: the table filtered to this group. */
  search: string
  colour: string
  /** Drawn before the name (a theme's symbol); the name alone carries the meaning. */
  mark?: ReactNode
}

/**
 * Count and estimated funding need per group (theme or growth goal) as two bars a row, each
 * on its own scale from zero, with the figures written beside them and a table twin.
 */
export function GroupChart({
  id,
  heading,
  rows,
}: {
  id: string
  heading: string
  rows: readonly GroupChartRow[]
}) {
  const t = useFeatureTranslate(overviewCatalog)
  const locale = useLocale()
  const count = scaleLinear()
    .domain([0, Math.max(1, ...rows.map((r) => r.count))])
    .range([0, 1])
  const need = scaleLinear()
    .domain([0, Math.max(1, ...rows.map((r) => r.need))])
    .range([0, 1])
  return (
    <section className="dash-card group-chart" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{heading}</h2>
      <p className="hint">{t('chart.linkHint')}</p>
      <ul className="group-rows">
        {rows.map((r) => (
          <li key={r.key}>
            <AppLink to="/opportunities" search={r.search} className="group-name">
              {r.mark}
              {r.label}
            </AppLink>
            <span className="group-measure">
              <span className="vh">{t('chart.count')}: </span>
              <BarMark share={count(r.count)} colour={r.colour} />
              <span className="group-value">{r.count}</span>
            </span>
            <span className="group-measure">
              <span className="vh">{t('chart.need')}: </span>
              <BarMark share={need(r.need)} colour={r.colour} faint />
              <span className="group-value">{formatEuros(locale, r.need)}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="group-key muted" aria-hidden="true">
        <span className="key-solid" /> {t('chart.count')} <span className="key-faint" />{' '}
        {t('chart.need')}
      </p>
      <ChartTwin
        name={heading}
        columns={[heading, t('chart.count'), t('chart.need')]}
        rows={rows.map((r) => ({
          key: r.key,
          label: r.label,
          cells: [String(r.count), formatEuros(locale, r.need)],
        }))}
      />
    </section>
  )
}

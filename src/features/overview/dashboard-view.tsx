import { lazy, Suspense, type ReactNode } from 'react'
import type { ExportLoad } from '../../data/load/use-export-load.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDateTime } from '../../i18n/format-date.ts'
import { useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { Localized } from '../../ui/localized.tsx'
import type { FilteredViewProps } from '../shared/filters/use-filtered-data.ts'
import { activeFilterCount } from '../shared/filters/facet-options.ts'
import { PrintContextBlock } from '../shared/print-context/print-context-block.tsx'
import { CompareSummarySlot } from './compare-summary-slot.tsx'
import { HeadlineTiles } from './headline-tiles.tsx'
import { overviewCatalog } from './overview-catalog.ts'
import { useDashboard, useStateSearch } from './use-dashboard.ts'
import { PresentLink } from '../shared/present-link.tsx'

// The charts (d3 and the symbols) load after the figures: the tiles need only counting.
const DashboardCharts = lazy(() =>
  import('./dashboard-charts.tsx').then((m) => ({ default: m.DashboardCharts })),
)

/** The dataset's heading and facts, the filters, the tiles, then the charts. */
export function DashboardView({
  data,
  state,
  positions,
  load,
  filterBar,
}: FilteredViewProps & { load: ExportLoad; filterBar: ReactNode }) {
  const t = useTranslate()
  const ot = useFeatureTranslate(overviewCatalog)
  const locale = useLocale()
  const { dashboard, scores } = useDashboard(data, positions, state.weights, load)
  const searchFor = useStateSearch(state)
  const dl = data.dataset.defaultLanguage
  const period = data.dataset.strategyPeriod

  return (
    <>
      <h1>
        <Localized value={data.dataset.title} defaultLanguage={dl} />
      </h1>
      <ul className="facts">
        {data.dataset.region ? (
          <li>
            {t('overview.region', { region: '' })}
            <Localized value={data.dataset.region.name} defaultLanguage={dl} hint={false} />
          </li>
        ) : null}
        <li>{t('overview.period', { start: String(period.start), end: String(period.end) })}</li>
        <li>{t('load.exportedAt', { date: formatDateTime(data.exportedAt, locale) })}</li>
        <li>{t('load.loadedCount', { count: data.opportunities.length })}</li>
        <li>
          <PresentLink />
        </li>
      </ul>
      <PrintContextBlock data={data} state={state} shown={positions.length} />
      <CompareSummarySlot data={data} />
      {filterBar}
      {activeFilterCount(state) > 0 ? <p className="filters-note">{ot('filters.note')}</p> : null}
      <HeadlineTiles headline={dashboard.headline} />
      <Suspense fallback={<div className="dash-grid dash-pending" />}>
        <DashboardCharts
          data={data}
          positions={positions}
          dashboard={dashboard}
          scores={scores}
          searchFor={searchFor}
        />
      </Suspense>
    </>
  )
}

import { lazy, Suspense } from 'react'
import { useLanguage, useTranslate } from '../../i18n/language-context.tsx'
import { LoadStatus } from '../../ui/load-status.tsx'
import { useFilteredData } from '../shared/filters/use-filtered-data.ts'
import { DashboardView } from './dashboard-view.tsx'
import { OverviewPreview, previewOf } from './overview-preview.tsx'
import '../shared/print-view.css'
import './overview.css'

// The shared filters load after the dashboard's own code, as in the other views.
const FilterBar = lazy(() =>
  import('../shared/filters/filter-bar.tsx').then((m) => ({ default: m.FilterBar })),
)

/**
 * What the leadership forum and the steering group meet first: the state of the strategy
 * work at a glance, for the opportunities the shared filters leave.
 */
export function OverviewPage() {
  const t = useTranslate()
  const lang = useLanguage()
  const { data, load, state, positions } = useFilteredData()
  if (data) {
    return (
      <div className="overview-page print-view">
        <DashboardView
          data={data}
          state={state}
          positions={positions}
          load={load}
          filterBar={
            <Suspense fallback={null}>
              <FilterBar />
            </Suspense>
          }
        />
      </div>
    )
  }
  const preview = previewOf(load, lang)
  if (preview) return <OverviewPreview overview={preview} />
  return (
    <>
      <h1>{t('nav.overview')}</h1>
      <LoadStatus load={load} />
    </>
  )
}

import { Suspense, use } from 'react'
import { useLanguage, useTranslate } from '../../i18n/language-context.tsx'
import { LoadStatus } from '../../ui/load-status.tsx'
import { tracked } from '../../ui/tracked-promise.ts'
import type * as FilterBarModule from '../shared/filters/filter-bar.tsx'
import { useAppPath } from '../../url-state/location.ts'
import { useFilteredData } from '../shared/filters/use-filtered-data.ts'
import { DashboardView } from './dashboard-view.tsx'
import { OverviewPreview, previewOf } from './overview-preview.tsx'
import './overview.css'

// The shared filters load beside the dashboard's own code, as in the other views; asked for
// when this page's code loads, they are there when the data is, so the filter bar shows with
// the tiles instead of pushing them down a moment later.
const filterBarModule: Promise<typeof FilterBarModule> = tracked(
  import('../shared/filters/filter-bar.tsx'),
)

function FilterBar() {
  const { FilterBar: Bar } = use(filterBarModule)
  return <Bar />
}

/**
 * What the leadership forum and the steering group meet first: the state of the strategy
 * work at a glance, for the opportunities the shared filters leave.
 */
export function OverviewPage() {
  const t = useTranslate()
  const lang = useLanguage()
  const { data, load, state, positions } = useFilteredData()
  // While another view's code loads, this page may still show: its filter bar must not sit
  // beside the one the shell gives that view.
  const onOverview = useAppPath() === '/'
  if (data) {
    return (
      <div className="overview-page">
        <DashboardView
          data={data}
          state={state}
          positions={positions}
          load={load}
          filterBar={
            onOverview ? (
              <Suspense fallback={null}>
                <FilterBar />
              </Suspense>
            ) : null
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

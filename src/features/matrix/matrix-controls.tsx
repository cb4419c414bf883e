import { useId } from 'react'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { SIZE_MEASURES, type SizeMeasure } from '../../url-state/view-state.ts'
import { DEFAULT_SIZE_MEASURE } from './model/bubble-size.ts'
import type { MatrixKey } from './matrix-catalog.ts'

/** Switches between the chart and its table alternative, through the URL's `show`. */
export function ShowToggle({ table, t }: { table: boolean; t: FeatureTranslate<MatrixKey> }) {
  const setViewState = useSetViewState()
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => setViewState({ show: table ? null : 'table' })}
    >
      {t(table ? 'show.chart' : 'show.table')}
    </button>
  )
}

/** What the bubbles' size stands for; the default leaves the URL without `size`. */
export function SizeSelect({
  measure,
  t,
}: {
  measure: SizeMeasure
  t: FeatureTranslate<MatrixKey>
}) {
  const setViewState = useSetViewState()
  const id = useId()
  return (
    <div className="matrix-size">
      <label htmlFor={id}>{t('size.label')}</label>
      <select
        id={id}
        value={measure}
        onChange={(e) => {
          const size = e.currentTarget.value as SizeMeasure
          setViewState({ size: size === DEFAULT_SIZE_MEASURE ? null : size })
        }}
      >
        {SIZE_MEASURES.map((m) => (
          <option key={m} value={m}>
            {t(`size.${m}`)}
          </option>
        ))}
      </select>
    </div>
  )
}

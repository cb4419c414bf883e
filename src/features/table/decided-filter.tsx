import { useId } from 'react'
import {
  DECIDED_FILTERS,
  type DecidedFilter as Filter,
} from '../../domain/decisions/decided-filter.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { tableCatalog } from './table-catalog.ts'

/**
 * Whether the active forum session has decided on an opportunity (`decided=`). Without an
 * active session the filter applies to nothing, and says so rather than hiding, so a link
 * that carries it can still be cleared.
 */
export function DecidedFilter({ selected, active }: { selected: Filter | null; active: boolean }) {
  const tt = useFeatureTranslate(tableCatalog)
  const setViewState = useSetViewState()
  const id = useId()
  const hintId = useId()
  return (
    <span className="decided-filter">
      <label htmlFor={id}>{tt('decided')}</label>{' '}
      <select
        id={id}
        value={selected ?? ''}
        aria-describedby={active ? undefined : hintId}
        onChange={(e) => {
          const value = DECIDED_FILTERS.find((f) => f === e.target.value) ?? null
          setViewState({ decided: value })
        }}
      >
        <option value="">{tt('decided.all')}</option>
        {DECIDED_FILTERS.map((f) => (
          <option key={f} value={f}>
            {tt(`decided.${f}`)}
          </option>
        ))}
      </select>
      {active ? null : (
        <span id={hintId} className="muted decided-hint">
          {' '}
          {tt('decided.noSession')}
        </span>
      )}
    </span>
  )
}

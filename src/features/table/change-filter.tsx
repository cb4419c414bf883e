import { CHANGE_FILTERS, type ChangeFilter as Filter } from '../../domain/compare/comparison.ts'
import type { Comparison } from '../../domain/compare/comparison.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { compareCatalog } from '../shared/compare/compare-catalog.ts'
import { MovedThresholds } from '../shared/compare/moved-thresholds.tsx'

/**
 * The filter on what changed since the baseline, as checkboxes (any of them): the change
 * classes, a status change, a move, with what counts as a move. Kept in the address (`change=`,
 * `moved=`).
 */
export function ChangeFilter({
  selected,
  comparison,
}: {
  selected: readonly Filter[]
  comparison: Comparison
}) {
  const t = useFeatureTranslate(compareCatalog)
  const setViewState = useSetViewState()
  const label = (f: Filter) =>
    f === 'status'
      ? t('filter.status')
      : f === 'moved'
        ? t('filter.moved', { places: comparison.thresholds.rank })
        : t(`class.${f}`)
  const count = (f: Filter) =>
    f === 'status'
      ? comparison.counts.statusChanged
      : f === 'moved'
        ? comparison.counts.moved
        : comparison.counts[f]
  const toggle = (f: Filter) =>
    setViewState((s) => ({
      changes: s.changes.includes(f) ? s.changes.filter((x) => x !== f) : [...s.changes, f],
    }))
  return (
    <fieldset className="change-filter">
      <legend>{t('filter.legend')}</legend>
      {CHANGE_FILTERS.map((f) => (
        <label key={f}>
          <input type="checkbox" checked={selected.includes(f)} onChange={() => toggle(f)} />{' '}
          {label(f)} ({count(f)})
        </label>
      ))}
      <MovedThresholds thresholds={comparison.thresholds} />
    </fieldset>
  )
}

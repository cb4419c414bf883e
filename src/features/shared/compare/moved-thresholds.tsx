import { useId, useState } from 'react'
import type { MoveThresholds } from '../../../domain/compare/comparison.ts'
import { useFeatureTranslate } from '../../../i18n/feature-catalog.ts'
import { useSetViewState } from '../../../url-state/use-view-state.ts'
import { MAX_MOVED_AXIS, MAX_MOVED_RANK } from '../../../url-state/view-state.ts'
import { compareCatalog } from './compare-catalog.ts'
import { parseThreshold } from './parse-threshold.ts'
import './moved-thresholds.css'

/**
 * The two thresholds for "moved" (rank places, axis points), kept in the address (`moved=`);
 * every count and filter of moved opportunities follows them.
 */
export function MovedThresholds({ thresholds }: { thresholds: MoveThresholds }) {
  const t = useFeatureTranslate(compareCatalog)
  const setViewState = useSetViewState()
  const set = (next: MoveThresholds) => setViewState({ moved: next }, { replace: true })
  return (
    <fieldset className="moved-thresholds">
      <legend>{t('moved.legend')}</legend>
      <ThresholdInput
        label={t('moved.rank')}
        unit={t('moved.places')}
        value={thresholds.rank}
        max={MAX_MOVED_RANK}
        onValue={(rank) => set({ ...thresholds, rank })}
      />{' '}
      <ThresholdInput
        label={t('moved.axis')}
        unit={t('moved.points')}
        value={thresholds.axis}
        max={MAX_MOVED_AXIS}
        onValue={(axis) => set({ ...thresholds, axis })}
      />
    </fieldset>
  )
}

/**
 * A whole number from 1 to `max`. What is typed stays in the field while it is not a valid
 * number yet (an emptied field, say); only valid numbers reach the address.
 */
function ThresholdInput(props: {
  label: string
  unit: string
  value: number
  max: number
  onValue: (n: number) => void
}) {
  const id = useId()
  const [text, setText] = useState(String(props.value))
  const [seen, setSeen] = useState(props.value)
  // The address changed (this field's own number arriving, or Back, a link): show its value.
  if (seen !== props.value) {
    setSeen(props.value)
    setText(String(props.value))
  }
  return (
    <span className="moved-threshold">
      <label htmlFor={id}>{props.label}</label>{' '}
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={props.max}
        step={1}
        value={text}
        aria-describedby={`${id}-unit`}
        onChange={(e) => {
          setText(e.target.value)
          const n = parseThreshold(e.target.value, props.max)
          if (n !== null && n !== props.value) props.onValue(n)
        }}
      />{' '}
      <span id={`${id}-unit`}>{props.unit}</span>
    </span>
  )
}

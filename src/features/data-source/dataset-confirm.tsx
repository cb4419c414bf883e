import { useEffect, useRef } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { baselineChoiceCatalog } from './baseline-choice-catalog.ts'

/**
 * "These are different datasets": asked before comparing with an export of another dataset.
 * Focus moves to the question so that a keyboard or screen reader user meets it at once.
 */
export function DatasetConfirm({
  current,
  other,
  onConfirm,
  onCancel,
}: {
  current: string
  other: string
  onConfirm: () => void
  onCancel: () => void
}) {
  const t = useFeatureTranslate(baselineChoiceCatalog)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby="dataset-confirm-text"
      className="alert alert-warning dataset-confirm"
    >
      <p id="dataset-confirm-text">{t('confirm.text', { current, other })}</p>
      <p className="dataset-confirm-actions">
        <button type="button" className="button" onClick={onConfirm}>
          {t('confirm.yes')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('confirm.no')}
        </button>
      </p>
    </div>
  )
}

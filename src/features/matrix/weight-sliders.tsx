import { useId } from 'react'
import type { Axis, Criterion } from '../../domain/format/export-schema.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { FeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatNumber } from '../../ui/format.ts'
import { Localized } from '../../ui/localized.tsx'
import type { MatrixKey } from './matrix-catalog.ts'

const AXES: readonly Axis[] = ['impact', 'feasibility']
export const WEIGHT_STEP = 0.1

/** The slider's top: at least 3, and room to double the largest export weight. */
export function weightMax(criteria: readonly Criterion[]): number {
  return Math.max(3, Math.ceil(2 * Math.max(0, ...criteria.map((c) => c.weight))))
}

/**
 * One native range input per criterion, grouped by axis, each with its name, current value,
 * range and the export's weight; and a reset. Values go to the URL (replacing the history
 * entry, so dragging does not fill Back).
 */
export function WeightSliders({
  criteria,
  weights,
  hasOverrides,
  onChange,
  onReset,
  equalWeightCount,
  defaultLanguage,
  locale,
  t,
}: {
  criteria: readonly Criterion[]
  /** Weights in use, in criterion order. */
  weights: readonly number[]
  hasOverrides: boolean
  onChange: (criterionId: string, weight: number) => void
  onReset: () => void
  equalWeightCount: number
  defaultLanguage: ContentLanguage
  locale: string
  t: FeatureTranslate<MatrixKey>
}) {
  const id = useId()
  const max = weightMax(criteria)
  const format = (n: number) =>
    formatNumber(locale, n, Number.isInteger(n) ? 0 : n * 10 === Math.round(n * 10) ? 1 : 2)
  return (
    <section className="matrix-weights" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('weights.heading')}</h2>
      <p className="hint">{t('weights.hint')}</p>
      {AXES.map((axis) => (
        <fieldset key={axis} className="weight-group">
          <legend>{t(axis === 'impact' ? 'weights.impact' : 'weights.feasibility')}</legend>
          {criteria.map((c, i) => {
            if (c.axis !== axis) return null
            const w = weights[i] ?? c.weight
            const inputId = `${id}-${c.id}`
            return (
              <div key={c.id} className={w !== c.weight ? 'weight weight-changed' : 'weight'}>
                <label htmlFor={inputId}>
                  <Localized value={c.name} defaultLanguage={defaultLanguage} hint={false} />
                </label>
                <div className="weight-control">
                  <input
                    id={inputId}
                    type="range"
                    min={0}
                    max={max}
                    step={WEIGHT_STEP}
                    value={w}
                    aria-describedby={`${inputId}-range`}
                    onChange={(e) => onChange(c.id, Number(e.currentTarget.value))}
                  />
                  <output htmlFor={inputId} className="weight-value">
                    {format(w)}
                  </output>
                </div>
                <span id={`${inputId}-range`} className="hint">
                  {t('weights.range', { min: format(0), max: format(max) })} ·{' '}
                  {t('weights.export', { weight: format(c.weight) })}
                </span>
              </div>
            )
          })}
        </fieldset>
      ))}
      {equalWeightCount > 0 ? (
        <p className="hint" role="note">
          {t('weights.equal', { count: equalWeightCount })}
        </p>
      ) : null}
      <button
        type="button"
        className="button button-quiet"
        disabled={!hasOverrides}
        onClick={onReset}
      >
        {t('weights.reset')}
      </button>
    </section>
  )
}

import { useMemo } from 'react'
import { resolveText } from '../../domain/format/localized-text.ts'
import { QUADRANTS, quadrantOf } from '../../domain/scoring/quadrant.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { slideMatrixPoints } from './model/slide-matrix.ts'
import { presentCatalog } from './present-catalog.ts'
import { across, down, SlideMatrixChart } from './slide-matrix-chart.tsx'
import type { SlideProps } from './slide-view.tsx'

/** Titles the matrix slide lists beside the chart; more would not fit at projector size. */
const MATRIX_LISTED = 8

/**
 * The prioritisation matrix, full slide: every shown opportunity as a dot, the agenda's
 * numbered in the order presented. Beside it, its words: the numbered list and the count per
 * quadrant (the chart's table twin).
 */
export function MatrixSlide({ data, shown, scores, agenda, dots }: SlideProps) {
  const t = useFeatureTranslate(presentCatalog)
  const lang = useLanguage()
  const { points } = useMemo(() => slideMatrixPoints(shown, scores, null), [shown, scores])
  const numbered = useMemo(
    () => agenda.map((p) => slideMatrixPoints([p], scores, p).marked),
    [agenda, scores],
  )
  const counts = useMemo(() => {
    const c = { actNow: 0, buildConditions: 0, quickWins: 0, reconsider: 0 }
    for (const p of points) c[quadrantOf(p.feasibility, p.impact)] += 1
    return c
  }, [points])
  const titleOf = (p: number) => {
    const record = data.opportunities[p]?.record
    return record
      ? (resolveText(record.title, lang, data.dataset.defaultLanguage)?.text ?? record.id)
      : ''
  }
  return (
    <div className="matrix-slide-layout">
      <figure className="matrix-slide-figure">
        <p className="axis-label axis-impact">{t('axis.impact')} ↑</p>
        <SlideMatrixChart dots={dots} className="matrix-slide-chart">
          <span className="quadrant-name q-top-left">{t('quadrant.buildConditions')}</span>
          <span className="quadrant-name q-top-right">{t('quadrant.actNow')}</span>
          <span className="quadrant-name q-bottom-left">{t('quadrant.reconsider')}</span>
          <span className="quadrant-name q-bottom-right">{t('quadrant.quickWins')}</span>
          {numbered.map((p, i) =>
            p ? (
              <span
                key={p.position}
                className="agenda-mark"
                style={{ left: across(p), top: down(p) }}
                aria-hidden="true"
              >
                {i + 1}
              </span>
            ) : null,
          )}
        </SlideMatrixChart>
        <figcaption className="axis-label axis-feasibility">{t('axis.feasibility')} →</figcaption>
      </figure>
      <div className="matrix-slide-side">
        <p className="visually-hidden">{t('matrix.description')}</p>
        <ol className="matrix-slide-agenda">
          {agenda.slice(0, MATRIX_LISTED).map((p) => (
            <li key={p}>{titleOf(p)}</li>
          ))}
        </ol>
        {agenda.length > MATRIX_LISTED ? (
          <p>{t('matrix.more', { n: agenda.length - MATRIX_LISTED })}</p>
        ) : null}
        <p className="slide-label">{t('matrix.counts')}</p>
        <ul className="matrix-slide-counts">
          {QUADRANTS.map((q) => (
            <li key={q}>
              {t('matrix.quadrantCount', { quadrant: t(`quadrant.${q}`), count: counts[q] })}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}

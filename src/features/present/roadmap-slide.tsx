import { useMemo } from 'react'
import { resolveText } from '../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { agendaRoadmap } from './model/agenda-roadmap.ts'
import { presentCatalog } from './present-catalog.ts'
import type { SlideProps } from './slide-view.tsx'

/**
 * The agenda's horizons over the years, one row per opportunity in the order presented. Each
 * bar says its years in words beside it, so the rows are their own table alternative.
 */
export function RoadmapSlide({ data, agenda, slide }: SlideProps) {
  const t = useFeatureTranslate(presentCatalog)
  const lang = useLanguage()
  const roadmap = useMemo(
    () =>
      agendaRoadmap(
        agenda.map((p) => data.opportunities[p]?.horizonRange ?? null),
        data.dataset.strategyPeriod,
      ),
    [agenda, data],
  )
  const span = roadmap.years.length
  const { from, to } = slide.kind === 'roadmap' ? slide : { from: 0, to: agenda.length }
  return (
    <div className="roadmap-slide">
      <ol className="roadmap-slide-rows">
        <li className="roadmap-slide-years" aria-hidden="true">
          <span />
          <span className="roadmap-slide-track">
            {roadmap.years.map((y, i) => (
              <span
                key={y}
                className="year"
                style={{ left: `${(i / span) * 100}%`, width: `${100 / span}%` }}
              >
                {y}
              </span>
            ))}
          </span>
        </li>
        {agenda.slice(from, to).map((p, k) => {
          const i = from + k
          const record = data.opportunities[p]?.record
          const title = record
            ? (resolveText(record.title, lang, data.dataset.defaultLanguage)?.text ?? record.id)
            : ''
          const bar = roadmap.bars[i]
          const years = bar
            ? bar.startYear === bar.endYear
              ? String(bar.startYear)
              : t('roadmap.years', { start: String(bar.startYear), end: String(bar.endYear) })
            : t('roadmap.none')
          return (
            <li key={p}>
              <span className="roadmap-slide-title">
                {i + 1}. {title} <span className="roadmap-slide-when">({years})</span>
              </span>
              <span className="roadmap-slide-track">
                {roadmap.years.map((y, j) => (
                  <span key={y} className="year-line" style={{ left: `${(j / span) * 100}%` }} />
                ))}
                {bar ? (
                  <span
                    className="bar"
                    style={{ left: `${bar.from * 100}%`, width: `${(bar.to - bar.from) * 100}%` }}
                  />
                ) : null}
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}

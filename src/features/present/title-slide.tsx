import { useMemo } from 'react'
import { resolveText } from '../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage, useLocale } from '../../i18n/language-context.tsx'
import { formatDateTime } from '../../i18n/format-date.ts'
import { formatNumber } from '../../ui/format.ts'
import { weightsInUse } from './model/weights-in-use.ts'
import { presentCatalog } from './present-catalog.ts'
import type { SlideProps } from './slide-view.tsx'

/** The meeting's frame: which data, how much of it, and the weights the ranking uses. */
export function TitleSlide({ data, state, shown, agenda, setAside }: SlideProps) {
  const t = useFeatureTranslate(presentCatalog)
  const lang = useLanguage()
  const locale = useLocale()
  const period = data.dataset.strategyPeriod
  const weights = useMemo(
    () => weightsInUse(data.criteria, state.weights),
    [data.criteria, state.weights],
  )
  const nameOf = (id: string) => {
    const c = data.criterionById.get(id)
    return c ? (resolveText(c.name, lang, data.dataset.defaultLanguage)?.text ?? id) : id
  }
  const number = (n: number) =>
    formatNumber(locale, n, Number.isInteger(n) ? 0 : Number.isInteger(n * 10) ? 1 : 2)
  return (
    <>
      <p className="slide-kicker">{t('title.kicker')}</p>
      <ul className="slide-facts">
        <li>{t('title.period', { start: String(period.start), end: String(period.end) })}</li>
        <li>{t('title.exported', { date: formatDateTime(data.exportedAt, locale) })}</li>
        <li>
          {t('title.counts', {
            shown: shown.length,
            total: data.opportunities.length,
            aside: setAside,
          })}
        </li>
        <li>{t('title.agenda', { count: agenda.length })}</li>
      </ul>
      <div className="slide-weights">
        <p className="slide-label">
          {t('weights.heading')}: {t(`weights.${weights.kind}`)}
        </p>
        {weights.kind === 'equal' ? null : (
          <ul className="slide-weight-list">
            {weights.items.map((w) => (
              <li key={w.id}>
                {w.exportWeight === null
                  ? t('weights.item', { name: nameOf(w.id), weight: number(w.weight) })
                  : t('weights.changed', {
                      name: nameOf(w.id),
                      weight: number(w.weight),
                      exportWeight: number(w.exportWeight),
                    })}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  )
}

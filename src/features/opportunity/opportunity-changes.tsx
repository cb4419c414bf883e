import { useMemo } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDay } from '../../i18n/format-date.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { BaselineNotice } from '../shared/compare/baseline-notice.tsx'
import { changeValues, type ValueNames } from '../shared/compare/change-values.ts'
import { compareCatalog } from '../shared/compare/compare-catalog.ts'
import { useCompareLabels } from '../shared/compare/use-compare-labels.ts'
import { useComparison } from '../shared/compare/use-comparison.ts'

/**
 * With `?compare=`: what changed in this opportunity since the baseline, field by field, as a
 * "then / now" table; nothing without a baseline.
 */
export function OpportunityChanges({ data, id }: { data: NormalisedExport; id: string }) {
  const t = useFeatureTranslate(compareCatalog)
  const shell = useTranslate()
  const lang = useLanguage()
  const locale = useLocale()
  const { baseline, comparison } = useComparison(data)
  const { fieldLabel } = useCompareLabels(data)
  const names = useMemo<ValueNames>(() => {
    const dl = data.dataset.defaultLanguage
    const text: ValueNames['text'] = (v) => resolveText(v, lang, dl)?.text ?? ''
    const named = (m: ReadonlyMap<string, { name: Parameters<typeof text>[0] }>) => (x: string) =>
      m.has(x) ? text(m.get(x)?.name) : x
    const numbers = new Map<number, Intl.NumberFormat>()
    return {
      text,
      status: (s) => shell(`status.${s}`),
      theme: named(data.themeById),
      cluster: named(data.clusterById),
      actor: named(data.actorById),
      source: named(data.sourceById),
      goal: (g) => shell(`goal.${g}` as Parameters<typeof shell>[0]),
      type: (x) => shell(`innovation.${x}` as Parameters<typeof shell>[0]),
      number: (n, digits) => {
        let f = numbers.get(digits)
        if (!f)
          numbers.set(
            digits,
            (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })),
          )
        return f.format(n)
      },
      done: t('page.done'),
    }
  }, [data, lang, locale, shell, t])
  if (baseline.phase === 'none') return null
  const change = comparison?.changes.find((c) => c.id === id)
  return (
    <section aria-labelledby="changes-heading" className="opportunity-changes">
      <h2 id="changes-heading">
        {t('page.heading', {
          date: comparison ? formatDay(comparison.baselineExportedAt, locale) : '…',
        })}
      </h2>
      <BaselineNotice baseline={baseline} comparison={comparison} />
      {change?.change === 'added' ? <p>{t('page.added')}</p> : null}
      {change?.change === 'unchanged' ? <p>{t('page.unchanged')}</p> : null}
      {change?.change === 'changed' ? (
        <table className="then-now">
          <thead>
            <tr>
              <th scope="col">{t('page.field')}</th>
              <th scope="col">{t('page.then')}</th>
              <th scope="col">{t('page.now')}</th>
            </tr>
          </thead>
          <tbody>
            {change.fields.map((f) => {
              const v = changeValues(change, f, names)
              return (
                <tr key={`${f.field}:${f.criterion ?? ''}`}>
                  <th scope="row">{fieldLabel(f)}</th>
                  <td>{v.then}</td>
                  <td>{v.now}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}

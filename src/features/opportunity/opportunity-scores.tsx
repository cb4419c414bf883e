import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { opportunityScoreAt, type AxisScore } from '../../domain/scoring/score-table.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { formatNumber, formatScore } from '../../ui/format.ts'
import { Localized } from '../../ui/localized.tsx'
import { opportunityCatalog } from './opportunity-catalog.ts'
import { Field } from './opportunity-field.tsx'

/**
 * The opportunity's scores: its axis scores, priority and rank with the export's weights, then
 * each criterion's raw score on the criterion's own scale, so a reader can check the means.
 */
export function ScoresSection({ data, index }: { data: NormalisedExport; index: number }) {
  const t = useTranslate()
  const tt = useFeatureTranslate(opportunityCatalog)
  const locale = useLocale()
  const o = data.opportunities[index]?.record
  const score = opportunityScoreAt(data.scores, index)
  const axis = (s: AxisScore | null | undefined) =>
    s
      ? `${formatScore(locale, s.value)} / 100${s.partial ? ` ${tt('partial')}` : ''}`
      : tt('notScored')
  return (
    <section aria-labelledby="scores-heading">
      <h2 id="scores-heading">{tt('scores')}</h2>
      <dl className="fields">
        <Field label="impactScore">{axis(score?.impact)}</Field>
        <Field label="feasibilityScore">{axis(score?.feasibility)}</Field>
        <Field label="priorityScore">{axis(score?.priority)}</Field>
        <Field label="rank">{score?.rank ?? tt('none')}</Field>
      </dl>
      <table>
        <thead>
          <tr>
            <th scope="col">{tt('criterion')}</th>
            <th scope="col">{tt('axis')}</th>
            <th scope="col" className="number">
              {tt('score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.criteria.map((c) => {
            const v = o?.scores?.[c.id]
            return (
              <tr key={c.id}>
                <th scope="row">
                  <Localized value={c.name} defaultLanguage={data.dataset.defaultLanguage} />
                </th>
                <td>{t(`axis.${c.axis}`)}</td>
                <td className="number">
                  {typeof v === 'number'
                    ? `${formatNumber(locale, v, Number.isInteger(v) ? 0 : 1)} (${c.min}–${c.max})`
                    : tt('notScored')}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { AxisScore, ScoreTable } from '../../domain/scoring/score-table.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { formatNumber, formatScore } from '../../ui/format.ts'
import { Localized } from '../../ui/localized.tsx'
import { criterionBars, scoreProfile } from './model/score-profile.ts'
import { opportunityCatalog } from './opportunity-catalog.ts'
import { Field } from './opportunity-field.tsx'

/**
 * The opportunity's scores: its axis scores, priority and rank under the weights in use, then
 * each criterion's raw score as a bar on the criterion's own scale with the number beside it,
 * so a reader can check the means and the bar is never the only way to read a score.
 */
export function ScoresSection({
  data,
  index,
  scores,
  whatIf,
}: {
  data: NormalisedExport
  index: number
  scores: ScoreTable
  whatIf: boolean
}) {
  const t = useTranslate()
  const tt = useFeatureTranslate(opportunityCatalog)
  const locale = useLocale()
  const o = data.opportunities[index]?.record
  const profile = scoreProfile(scores, index)
  const bars = criterionBars(data.criteria, o?.scores)
  const axis = (s: AxisScore | null | undefined) =>
    s
      ? `${formatScore(locale, s.value)} / 100${s.partial ? ` ${tt('partial')}` : ''}`
      : tt('notScored')
  return (
    <section aria-labelledby="scores-heading" className="profile-scores">
      <h2 id="scores-heading">{tt('scores')}</h2>
      {whatIf ? <p className="hint">{tt('whatIfWeights')}</p> : null}
      <dl className="fields axis-scores">
        <Field label="impactScore">{axis(profile.impact)}</Field>
        <Field label="feasibilityScore">{axis(profile.feasibility)}</Field>
        <Field label="priorityScore">{axis(profile.priority)}</Field>
        <Field label="rank">
          <span className="rank-text">
            {profile.rank
              ? tt('rankOf', { rank: profile.rank, total: profile.ranked })
              : tt('notRanked')}
          </span>
        </Field>
      </dl>
      <table className="criterion-bars">
        <caption>{tt('criterionBars')}</caption>
        <thead>
          <tr>
            <th scope="col">{tt('criterion')}</th>
            <th scope="col">{tt('axis')}</th>
            <th scope="col">{tt('scale')}</th>
            <th scope="col" className="number">
              {tt('score')}
            </th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.id} data-criterion={b.id}>
              <th scope="row">
                <Localized value={b.name} defaultLanguage={data.dataset.defaultLanguage} />
              </th>
              <td>{t(`axis.${b.axis}`)}</td>
              <td className="bar-cell">
                {/* The bar repeats the number beside it, so it is hidden from screen readers. */}
                <svg
                  className={`score-bar axis-${b.axis}`}
                  viewBox="0 0 100 10"
                  preserveAspectRatio="none"
                  aria-hidden="true"
                  focusable="false"
                >
                  <rect className="track" x="0" y="0" width="100" height="10" />
                  {b.share !== null ? (
                    <rect className="fill" x="0" y="0" width={b.share * 100} height="10" />
                  ) : null}
                </svg>
              </td>
              <td className="number score-value">
                {b.value !== null
                  ? tt('scoreOnScale', {
                      score: formatNumber(locale, b.value, Number.isInteger(b.value) ? 0 : 1),
                      min: formatNumber(locale, b.min, Number.isInteger(b.min) ? 0 : 1),
                      max: formatNumber(locale, b.max, Number.isInteger(b.max) ? 0 : 1),
                    })
                  : tt('notScored')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

import { useMemo } from 'react'
import { opportunityScoreAt, rankAt } from '../../domain/scoring/score-table.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage, useLocale } from '../../i18n/language-context.tsx'
import { formatNumber, formatScore } from '../../ui/format.ts'
import { LISTED, opportunityFacts, SOURCES_LISTED } from './model/opportunity-facts.ts'
import { slideMatrixPoints } from './model/slide-matrix.ts'
import { presentCatalog, type PresentTranslate } from './present-catalog.ts'
import { SlideDecision } from './slide-decision.tsx'
import { across, down, SlideMatrixChart } from './slide-matrix-chart.tsx'
import type { SlideProps } from './slide-view.tsx'

/** The first few names, then "and n more"; null for an empty list. */
function listed(names: readonly string[], t: PresentTranslate, max = LISTED): string | null {
  if (names.length === 0) return null
  const shown = names.slice(0, max).join(', ')
  return names.length > max ? t('opp.more', { list: shown, n: names.length - max }) : shown
}

/**
 * One opportunity for the forum: its summary and scores, where it stands on the matrix, its
 * time, its people and where it came from, and the decision (recorded with keys 1–6).
 */
export function OpportunitySlide(props: SlideProps & { position: number }) {
  const { data, scores, position } = props
  const t = useFeatureTranslate(presentCatalog)
  const lang = useLanguage()
  const locale = useLocale()
  const facts = useMemo(() => opportunityFacts(data, position, lang), [data, position, lang])
  // The dots are the deck's, drawn once; only this opportunity's mark is placed here.
  const marked = useMemo(() => slideMatrixPoints([], scores, position).marked, [scores, position])
  if (!facts) return null
  const score = opportunityScoreAt(scores, position)
  const exportRank = rankAt(data.scores, position)
  const axis = (v: { value: number } | null) => (v ? formatScore(locale, v.value) : '–')
  return (
    <div className="opportunity-slide-layout">
      <p className="slide-scores">
        <strong>
          {score.rank === null ? t('opp.noRank') : t('opp.rank', { rank: score.rank })}
        </strong>{' '}
        <RankChange rank={score.rank} exportRank={exportRank} />
        {' · '}
        {t('opp.scores', { impact: axis(score.impact), feasibility: axis(score.feasibility) })}
      </p>
      <div className="opportunity-slide-main">
        <p className="slide-summary">{facts.summary}</p>
        <p className="slide-label">{t('opp.criteria')}</p>
        <ul className="slide-criteria">
          {facts.criteria.map((c) => (
            <li key={c.id}>
              {t('opp.criterion', {
                name: c.name,
                score:
                  c.score === null
                    ? t('opp.unscored')
                    : formatNumber(locale, c.score, Number.isInteger(c.score) ? 0 : 1),
              })}
            </li>
          ))}
        </ul>
      </div>
      <div className="opportunity-slide-facts">
        <SlideMatrixChart dots={props.dots} className="slide-mini-matrix">
          {marked ? (
            <span
              className="self-mark"
              style={{ left: across(marked), top: down(marked) }}
              aria-hidden="true"
            />
          ) : null}
        </SlideMatrixChart>
        <dl className="slide-facts-list">
          <Fact term={t('opp.horizon')} value={facts.horizon ?? t('opp.noHorizon')} />
          {facts.phases.length > 0 ? (
            <Fact term={t('opp.phases')} value={listed(facts.phases, t) ?? ''} />
          ) : null}
          <Fact term={t('opp.lead')} value={facts.lead ?? t('opp.none')} />
          <Fact term={t('opp.partners')} value={listed(facts.partners, t) ?? t('opp.none')} />
          <Fact
            term={t('opp.sources')}
            value={listed(facts.sources, t, SOURCES_LISTED) ?? t('opp.none')}
          />
        </dl>
      </div>
      <SlideDecision data={data} position={position} noteRef={props.noteRef} />
    </div>
  )
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  )
}

function RankChange({ rank, exportRank }: { rank: number | null; exportRank: number | null }) {
  const t = useFeatureTranslate(presentCatalog)
  if (rank === null || exportRank === null) return null
  const up = exportRank - rank
  return (
    <span className="rank-change">
      (
      {up > 0
        ? t('opp.rankUp', { n: up })
        : up < 0
          ? t('opp.rankDown', { n: -up })
          : t('opp.rankSame')}
      )
    </span>
  )
}

import { activeSession, useSessions } from '../../data/sessions/session-store.ts'
import { decisionOf } from '../../domain/decisions/session.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import { rankAt } from '../../domain/scoring/score-table.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { useDecisionWords } from '../shared/decisions/use-decision-words.ts'
import { presentCatalog } from './present-catalog.ts'
import type { SlideProps } from './slide-view.tsx'

/** Every opportunity on the agenda with the decision recorded in the active session. */
export function SummarySlide({ data, scores, agenda, slide }: SlideProps) {
  const t = useFeatureTranslate(presentCatalog)
  const lang = useLanguage()
  const words = useDecisionWords()
  const session = activeSession(useSessions())
  const { from, to } = slide.kind === 'summary' ? slide : { from: 0, to: agenda.length }
  return (
    <>
      {session ? null : <p>{t('summary.noSession')}</p>}
      <table className="summary-slide-table">
        <caption className="visually-hidden">{t('summary.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('summary.rank')}</th>
            <th scope="col">{t('summary.title')}</th>
            <th scope="col">{t('summary.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {agenda.slice(from, to).map((p) => {
            const record = data.opportunities[p]?.record
            if (!record) return null
            const entry = session ? decisionOf(session, record.id) : undefined
            return (
              <tr key={p}>
                <td>{rankAt(scores, p) ?? '–'}</td>
                <td>
                  {resolveText(record.title, lang, data.dataset.defaultLanguage)?.text ?? record.id}
                </td>
                <td>{entry ? words.label(entry.decision) : t('summary.none')}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </>
  )
}

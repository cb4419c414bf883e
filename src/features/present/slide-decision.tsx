import { useId, useMemo, type RefObject } from 'react'
import { activeSession, useSessions } from '../../data/sessions/session-store.ts'
import { MAX_NOTE_LENGTH } from '../../domain/decisions/decision-record-schema.ts'
import { DECISIONS } from '../../domain/decisions/decision-vocabulary.ts'
import { decisionOf } from '../../domain/decisions/session.ts'
import type { DecisionEntry } from '../../domain/decisions/decision-record-schema.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDay } from '../../i18n/format-date.ts'
import { useLanguage, useLocale } from '../../i18n/language-context.tsx'
import { actorNames } from '../shared/decisions/actor-names.ts'
import { recordDecision } from '../shared/decisions/record-decision.ts'
import { ResponsibleDueFields } from '../shared/decisions/responsible-due-fields.tsx'
import { useDecisionWords } from '../shared/decisions/use-decision-words.ts'
import { presentCatalog } from './present-catalog.ts'

/**
 * The forum's decision on the slide's opportunity, saved at once to the active session: the
 * six decisions numbered as their keys, the decision repeated in words, the note, and folded
 * away so the slide keeps its size, the responsible and the due date.
 */
export function SlideDecision({
  data,
  position,
  noteRef,
}: {
  data: NormalisedExport
  position: number
  noteRef: RefObject<HTMLTextAreaElement | null>
}) {
  const t = useFeatureTranslate(presentCatalog)
  const words = useDecisionWords()
  const sessions = useSessions()
  const session = activeSession(sessions)
  const name = useId()
  const noteId = useId()
  const id = data.opportunities[position]?.record.id ?? ''
  if (!sessions.ready) return <div className="slide-decision" />
  if (!session)
    return (
      <div className="slide-decision">
        <p className="slide-label">{t('decision.heading')}</p>
        <p>{t('decision.noSession')}</p>
      </div>
    )
  const entry = decisionOf(session, id)
  return (
    <div className="slide-decision">
      <fieldset>
        <legend className="slide-label">{t('decision.heading')}</legend>
        {DECISIONS.map((d, i) => (
          <label key={d}>
            <input
              type="radio"
              name={name}
              checked={entry?.decision === d}
              onChange={() => recordDecision(session, data, position, { decision: d })}
            />{' '}
            {i + 1} {words.label(d)}
          </label>
        ))}
      </fieldset>
      <p role="status" className="slide-decision-status">
        {entry
          ? t('decision.recorded', {
              decision: words.label(entry.decision),
              effect: words.effect(entry.decision),
            })
          : t('decision.none')}
      </p>
      <label htmlFor={noteId} className="slide-label">
        {t('decision.note')} <span className="slide-hint">({t('decision.keys')})</span>
      </label>
      <textarea
        id={noteId}
        ref={noteRef}
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        value={entry?.note ?? ''}
        onChange={(e) => recordDecision(session, data, position, { note: e.target.value })}
      />
      <SlideMore
        data={data}
        entry={entry}
        onChange={(patch) => recordDecision(session, data, position, patch)}
      />
    </div>
  )
}

/**
 * The responsible and the due date behind a disclosure, with the opportunity page's fields;
 * its summary says them once set. They belong to a decision, so they wait for one.
 */
function SlideMore({
  data,
  entry,
  onChange,
}: {
  data: NormalisedExport
  entry: DecisionEntry | undefined
  onChange: (patch: Partial<DecisionEntry>) => void
}) {
  const t = useFeatureTranslate(presentCatalog)
  const lang = useLanguage()
  const locale = useLocale()
  const actors = useMemo(() => actorNames(data, lang), [data, lang])
  const set = entry && (entry.responsible !== '' || entry.due !== undefined)
  return (
    <details className="slide-more">
      <summary>
        {set
          ? t('decision.moreSet', {
              responsible: entry.responsible === '' ? '–' : entry.responsible,
              due: entry.due === undefined ? '–' : formatDay(entry.due, locale),
            })
          : t('decision.more')}
      </summary>
      <div className="slide-more-fields">
        {entry ? (
          <ResponsibleDueFields entry={entry} actors={actors} onChange={onChange} />
        ) : (
          <p>{t('decision.moreFirst')}</p>
        )}
      </div>
    </details>
  )
}

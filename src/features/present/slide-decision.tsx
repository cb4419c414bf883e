import { useId, type RefObject } from 'react'
import { activeSession, useSessions } from '../../data/sessions/session-store.ts'
import { MAX_NOTE_LENGTH } from '../../domain/decisions/decision-record-schema.ts'
import { DECISIONS } from '../../domain/decisions/decision-vocabulary.ts'
import { decisionOf } from '../../domain/decisions/session.ts'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { recordDecision } from '../shared/decisions/record-decision.ts'
import { useDecisionWords } from '../shared/decisions/use-decision-words.ts'
import { presentCatalog } from './present-catalog.ts'

/**
 * The forum's decision on the slide's opportunity, saved at once to the active session: the
 * six decisions numbered as their keys, the decision repeated in words, and the note. The
 * responsible and the due date are left to the opportunity's page, where there is room.
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
    </div>
  )
}

import { useId } from 'react'
import {
  MAX_NOTE_LENGTH,
  type DecisionEntry,
} from '../../../domain/decisions/decision-record-schema.ts'
import { DECISIONS, type Decision } from '../../../domain/decisions/decision-vocabulary.ts'
import { decisionOf, withoutDecision } from '../../../domain/decisions/session.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { activeSession, updateSession, useSessions } from '../../../data/sessions/session-store.ts'
import { useFeatureTranslate } from '../../../i18n/feature-catalog.ts'
import { useLanguage } from '../../../i18n/language-context.tsx'
import { AppLink } from '../../../url-state/app-link.tsx'
import { actorNames } from './actor-names.ts'
import { decisionsCatalog } from './decisions-catalog.ts'
import { recordDecision } from './record-decision.ts'
import { ResponsibleDueFields } from './responsible-due-fields.tsx'
import { useDecisionWords } from './use-decision-words.ts'

/**
 * The forum's decision on one opportunity in the active session: a radio group of the six
 * decisions, then the note, the responsible and the due date. Every change is saved at once
 * (session-store.ts), and the decision is repeated in words in a polite status line.
 */
export function DecisionForm({ data, index }: { data: NormalisedExport; index: number }) {
  const dt = useFeatureTranslate(decisionsCatalog)
  const lang = useLanguage()
  const state = useSessions()
  const session = activeSession(state)
  const o = data.opportunities[index]?.record
  if (!state.ready || !o) return null
  if (!session)
    return (
      <section aria-labelledby="decision-heading" className="decision-form">
        <h2 id="decision-heading">{dt('form.heading')}</h2>
        <p>{dt('form.noSession')}</p>
        <p>
          <AppLink to="/sessions">{dt('form.toSessions')}</AppLink>
        </p>
      </section>
    )
  const entry = decisionOf(session, o.id)
  const save = (patch: Partial<DecisionEntry>) => recordDecision(session, data, index, patch)
  return (
    <section aria-labelledby="decision-heading" className="decision-form">
      <h2 id="decision-heading">{dt('form.heading')}</h2>
      <p className="muted">{dt('form.session', { forum: session.forum, date: session.date })}</p>
      {session.basedOn.exportedAt !== data.exportedAt ? (
        <p className="alert alert-warning">
          {dt('form.otherExport', { date: session.basedOn.exportedAt.slice(0, 10) })}
        </p>
      ) : null}
      <DecisionChoice value={entry?.decision ?? null} onChange={(decision) => save({ decision })} />
      <DecisionStatus entry={entry} />
      {entry ? (
        <DecisionDetails
          entry={entry}
          actors={actorNames(data, lang)}
          onChange={save}
          onClear={() => void updateSession(session.id, (s) => withoutDecision(s, o.id))}
        />
      ) : null}
    </section>
  )
}

function DecisionChoice({
  value,
  onChange,
}: {
  value: Decision | null
  onChange: (d: Decision) => void
}) {
  const dt = useFeatureTranslate(decisionsCatalog)
  const words = useDecisionWords()
  const name = useId()
  return (
    <fieldset className="decision-choice">
      <legend>{dt('form.decision')}</legend>
      {DECISIONS.map((d, i) => (
        <label key={d}>
          <input
            type="radio"
            name={name}
            value={d}
            checked={value === d}
            onChange={() => onChange(d)}
          />{' '}
          <span>
            {i + 1}. {words.label(d)}
          </span>{' '}
          <span className="muted">({words.effect(d)})</span>
        </label>
      ))}
    </fieldset>
  )
}

function DecisionStatus({ entry }: { entry: DecisionEntry | undefined }) {
  const dt = useFeatureTranslate(decisionsCatalog)
  const words = useDecisionWords()
  return (
    <p role="status" aria-live="polite" className="decision-status">
      {entry
        ? dt('form.recorded', {
            decision: words.label(entry.decision),
            effect: words.effect(entry.decision),
          })
        : dt('form.none')}
    </p>
  )
}

function DecisionDetails({
  entry,
  actors,
  onChange,
  onClear,
}: {
  entry: DecisionEntry
  actors: readonly { id: string; name: string }[]
  onChange: (patch: Partial<DecisionEntry>) => void
  onClear: () => void
}) {
  const dt = useFeatureTranslate(decisionsCatalog)
  const noteId = useId()
  const countId = useId()
  return (
    <div className="decision-details">
      <label htmlFor={noteId}>{dt('form.note')}</label>
      <textarea
        id={noteId}
        rows={4}
        maxLength={MAX_NOTE_LENGTH}
        value={entry.note}
        aria-describedby={countId}
        onChange={(e) => onChange({ note: e.target.value })}
      />
      <p id={countId} className="muted">
        {dt('form.noteCount', { count: entry.note.length, max: MAX_NOTE_LENGTH })}
      </p>
      <ResponsibleDueFields entry={entry} actors={actors} onChange={onChange} />
      <p>
        <button type="button" onClick={onClear}>
          {dt('form.clear')}
        </button>
      </p>
    </div>
  )
}

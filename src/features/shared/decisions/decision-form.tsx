import { useId } from 'react'
import {
  MAX_NAME_LENGTH,
  MAX_NOTE_LENGTH,
  type DecisionEntry,
} from '../../../domain/decisions/decision-record-schema.ts'
import { DECISIONS, type Decision } from '../../../domain/decisions/decision-vocabulary.ts'
import { decisionOf, withoutDecision } from '../../../domain/decisions/session.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { activeSession, updateSession, useSessions } from '../../../data/sessions/session-store.ts'
import type { UiLanguage } from '../../../domain/format/languages.ts'
import { resolveText } from '../../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../../i18n/feature-catalog.ts'
import { useLanguage } from '../../../i18n/language-context.tsx'
import { AppLink } from '../../../url-state/app-link.tsx'
import { decisionsCatalog } from './decisions-catalog.ts'
import { recordDecision } from './record-decision.ts'
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

/** The export's actors by their names in the UI language, for the responsible's suggestions. */
function actorNames(data: NormalisedExport, lang: UiLanguage): { id: string; name: string }[] {
  const dl = data.dataset.defaultLanguage
  return data.actors.map((a) => ({ id: a.id, name: resolveText(a.name, lang, dl)?.text ?? a.id }))
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
  const responsibleId = useId()
  const dueId = useId()
  const actorsId = useId()
  // An actor of the export when the text is one's name, free text otherwise.
  const responsible = (text: string) => {
    const actor = actors.find((a) => a.name === text)
    onChange({ responsible: text, responsibleActor: actor?.id })
  }
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
      <label htmlFor={responsibleId}>{dt('form.responsible')}</label>
      <input
        id={responsibleId}
        type="text"
        maxLength={MAX_NAME_LENGTH}
        list={actorsId}
        value={entry.responsible}
        onChange={(e) => responsible(e.target.value)}
      />
      <datalist id={actorsId}>
        {actors.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      <label htmlFor={dueId}>{dt('form.due')}</label>
      <input
        id={dueId}
        type="date"
        value={entry.due ?? ''}
        onChange={(e) => onChange({ due: e.target.value === '' ? undefined : e.target.value })}
      />
      <p>
        <button type="button" onClick={onClear}>
          {dt('form.clear')}
        </button>
      </p>
    </div>
  )
}

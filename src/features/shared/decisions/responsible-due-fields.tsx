import { useId } from 'react'
import {
  MAX_NAME_LENGTH,
  type DecisionEntry,
} from '../../../domain/decisions/decision-record-schema.ts'
import { useFeatureTranslate } from '../../../i18n/feature-catalog.ts'
import { decisionsCatalog } from './decisions-catalog.ts'

/**
 * Who is responsible for a decision and by when: the opportunity page's decision form and the
 * presentation's slide both edit them with these fields. The responsible is an actor of the
 * export when the text is one's name (suggested from the list), free text otherwise.
 */
export function ResponsibleDueFields({
  entry,
  actors,
  onChange,
}: {
  entry: DecisionEntry
  actors: readonly { id: string; name: string }[]
  onChange: (patch: Partial<DecisionEntry>) => void
}) {
  const dt = useFeatureTranslate(decisionsCatalog)
  const responsibleId = useId()
  const dueId = useId()
  const actorsId = useId()
  const responsible = (text: string) => {
    const actor = actors.find((a) => a.name === text)
    onChange({ responsible: text, responsibleActor: actor?.id })
  }
  return (
    <>
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
    </>
  )
}

import { useId, useState, type FormEvent } from 'react'
import { useFeatureTranslate } from '../i18n/feature-catalog.ts'
import { devPanelCatalog } from './dev-panel-catalog.ts'

export interface DevPanelProps {
  scenario: string
  scenarios: readonly string[]
  /** Switches the mock scenario; the page reloads. */
  onSelect: (scenario: string) => void
}

/**
 * Development only (lazily imported behind import.meta.env.DEV): picks the MSW scenario.
 * Choosing in the list does nothing until the button is pressed, so moving through the
 * options with the keyboard never reloads the page under the user (WCAG 3.2.2).
 */
export function DevPanel({ scenario, scenarios, onSelect }: DevPanelProps) {
  const t = useFeatureTranslate(devPanelCatalog)
  const id = useId()
  const [choice, setChoice] = useState(scenario)
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onSelect(choice)
  }
  return (
    <aside className="dev-panel" aria-label={t('label')}>
      <p>{t('current', { scenario })}</p>
      <form onSubmit={submit}>
        <label htmlFor={id}>{t('select')}</label>{' '}
        <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {scenarios.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>{' '}
        <button type="submit" className="button">
          {t('apply')}
        </button>
      </form>
    </aside>
  )
}

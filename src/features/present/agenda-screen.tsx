import { useId, useState } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import { rankAt, type ScoreTable } from '../../domain/scoring/score-table.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import type { ViewState } from '../../url-state/view-state.ts'
import { togglePick } from '../shared/agenda/agenda-pick.ts'
import { DEFAULT_TOP, moveItem, TOP_CHOICES } from './model/agenda.ts'
import { presentCatalog } from './present-catalog.ts'

interface Props {
  data: NormalisedExport
  state: ViewState
  /** The shown opportunities with a rank, highest first. */
  ranked: readonly number[]
  scores: ScoreTable
  /** The agenda as it stands (top N or the picked list). */
  agenda: readonly number[]
  slideCount: number
}

/**
 * What the forum goes through: the top N under the current weights, or a list the secretary
 * picks (a checkbox per opportunity, then ordered with move buttons). Every choice is in the
 * address, so the agenda survives a reload and a shared link.
 */
export function AgendaScreen({ data, state, ranked, scores, agenda, slideCount }: Props) {
  const t = useFeatureTranslate(presentCatalog)
  const lang = useLanguage()
  const setViewState = useSetViewState()
  const [picking, setPicking] = useState(state.agenda.length > 0)
  const modeName = useId()
  const topId = useId()
  const titleOf = (p: number) => {
    const record = data.opportunities[p]?.record
    return record
      ? (resolveText(record.title, lang, data.dataset.defaultLanguage)?.text ?? record.id)
      : ''
  }
  const idOf = (p: number) => data.opportunities[p]?.record.id ?? ''
  const setPicked = (agendaIds: string[]) => setViewState({ agenda: agendaIds }, { replace: true })
  const chooseTop = () => {
    setPicking(false)
    setViewState({ agenda: [] }, { replace: true })
  }
  return (
    <div className="present-page agenda-screen">
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <fieldset className="agenda-mode">
        <legend>{t('agenda.mode')}</legend>
        <label>
          <input type="radio" name={modeName} checked={!picking} onChange={chooseTop} />{' '}
          {t('agenda.mode.top')}
        </label>
        <label>
          <input type="radio" name={modeName} checked={picking} onChange={() => setPicking(true)} />{' '}
          {t('agenda.mode.picked')}
        </label>
      </fieldset>
      {!picking ? (
        <p>
          <label htmlFor={topId}>{t('agenda.top')}</label>{' '}
          <select
            id={topId}
            value={state.top ?? DEFAULT_TOP}
            onChange={(e) => setViewState({ top: Number(e.target.value) }, { replace: true })}
          >
            {TOP_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </p>
      ) : (
        <PickedList
          ids={state.agenda}
          titleOf={(id) => titleOf(data.opportunities.findIndex((o) => o.record.id === id))}
          onChange={setPicked}
        />
      )}
      <p role="status">{t('agenda.summary', { count: agenda.length, slides: slideCount })}</p>
      <p>
        <button
          type="button"
          className="primary"
          disabled={agenda.length === 0}
          onClick={() => setViewState({ slide: 1 })}
        >
          {t('agenda.start')}
        </button>
      </p>
      {ranked.length === 0 ? (
        <p>{t('agenda.empty')}</p>
      ) : (
        <table className="agenda-table">
          <caption>{t('agenda.list.caption')}</caption>
          <thead>
            <tr>
              {picking ? <th scope="col">{t('agenda.col.pick')}</th> : null}
              <th scope="col">{t('agenda.col.rank')}</th>
              <th scope="col">{t('agenda.col.title')}</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((p) => {
              const id = idOf(p)
              const title = titleOf(p)
              return (
                <tr key={id}>
                  {picking ? (
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('agenda.pick', { title })}
                        checked={state.agenda.includes(id)}
                        onChange={() => setPicked(togglePick(state.agenda, id))}
                      />
                    </td>
                  ) : null}
                  <td>{rankAt(scores, p)}</td>
                  <td>{title}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
    </div>
  )
}

function PickedList({
  ids,
  titleOf,
  onChange,
}: {
  ids: readonly string[]
  titleOf: (id: string) => string
  onChange: (ids: string[]) => void
}) {
  const t = useFeatureTranslate(presentCatalog)
  const headingId = useId()
  // Moving an item moves its buttons in the page, which takes the focus away: give it back.
  const [moved, setMoved] = useState<{ id: string; step: -1 | 1 } | null>(null)
  const move = (i: number, step: -1 | 1) => {
    setMoved({ id: ids[i] ?? '', step })
    onChange(moveItem(ids, i, step))
  }
  const refocus = (i: number, step: -1 | 1) => (el: HTMLButtonElement | null) => {
    if (!el || !moved || moved.id !== ids[i] || document.activeElement === el) return
    // At an end the button that moved it is disabled: its neighbour takes the focus.
    const atEnd = moved.step === -1 ? i === 0 : i === ids.length - 1
    if ((atEnd ? -moved.step : moved.step) === step) el.focus()
  }
  return (
    <section aria-labelledby={headingId} className="agenda-picked">
      <h2 id={headingId}>{t('agenda.picked.heading')}</h2>
      {ids.length === 0 ? (
        <p>{t('agenda.picked.none')}</p>
      ) : (
        <ol>
          {ids.map((id, i) => {
            const title = titleOf(id)
            return (
              <li key={id}>
                <span>{title}</span>{' '}
                <button
                  type="button"
                  aria-label={t('agenda.up', { title })}
                  disabled={i === 0}
                  ref={refocus(i, -1)}
                  onBlur={() => setMoved(null)}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>{' '}
                <button
                  type="button"
                  aria-label={t('agenda.down', { title })}
                  disabled={i === ids.length - 1}
                  ref={refocus(i, 1)}
                  onBlur={() => setMoved(null)}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}

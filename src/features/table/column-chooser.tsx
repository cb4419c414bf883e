import { useEffect, useRef } from 'react'
import {
  PINNED_COLUMN,
  colsParam,
  moveColumn,
  toggleColumn,
  type TableColumn,
} from './model/table-columns.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { tableCatalog } from './table-catalog.ts'

/**
 * Shows, hides and reorders columns (the URL's `cols`). Shown columns are listed first, in
 * their order, each with "earlier" and "later" buttons; the title stays first and shown.
 */
export function ColumnChooser({
  all,
  visible,
  labelOf,
}: {
  all: readonly TableColumn[]
  visible: readonly string[]
  labelOf: (id: string) => string
}) {
  const tt = useFeatureTranslate(tableCatalog)
  const setViewState = useSetViewState()
  const listRef = useRef<HTMLUListElement>(null)
  // Moving a list item moves its DOM node, which drops focus: put it back on the same button.
  const refocus = useRef<string | null>(null)
  useEffect(() => {
    const target = refocus.current
    if (target === null) return
    refocus.current = null
    listRef.current?.querySelector<HTMLElement>(`[data-move="${target}"]`)?.focus()
  })

  const shown = new Set(visible)
  const ordered = [...visible, ...all.map((c) => c.id).filter((id) => !shown.has(id))]
  const set = (next: string[]) => setViewState({ cols: colsParam(next) }, { replace: true })

  return (
    <details className="facet-panel table-panel">
      <summary>{tt('columns')}</summary>
      <fieldset className="panel-body">
        <legend>{tt('columns.legend')}</legend>
        <ul ref={listRef} className="column-list">
          {ordered.map((id) => {
            const label = labelOf(id)
            const on = shown.has(id)
            const at = visible.indexOf(id)
            return (
              <li key={id}>
                <label>
                  <input
                    type="checkbox"
                    checked={on}
                    disabled={id === PINNED_COLUMN}
                    onChange={() => set(toggleColumn(visible, id))}
                  />{' '}
                  {id === PINNED_COLUMN ? tt('columns.pinned', { name: label }) : label}
                </label>
                {on && id !== PINNED_COLUMN ? (
                  <span className="move-buttons">
                    <button
                      type="button"
                      data-move={`${id}:-1`}
                      aria-label={tt('columns.earlier', { name: label })}
                      disabled={at <= 1}
                      onClick={() => {
                        refocus.current = `${id}:-1`
                        set(moveColumn(visible, id, -1))
                      }}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      data-move={`${id}:1`}
                      aria-label={tt('columns.later', { name: label })}
                      disabled={at >= visible.length - 1}
                      onClick={() => {
                        refocus.current = `${id}:1`
                        set(moveColumn(visible, id, 1))
                      }}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                  </span>
                ) : null}
              </li>
            )
          })}
        </ul>
        <button type="button" onClick={() => setViewState({ cols: [] }, { replace: true })}>
          {tt('columns.reset')}
        </button>
      </fieldset>
    </details>
  )
}

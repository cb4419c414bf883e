import { useId, useState, type FormEvent } from 'react'
import {
  MAX_VIEW_NAME,
  mergeViews,
  readSavedViews,
  savedViewsText,
  withView,
  withoutView,
  type SavedViewsProblem,
} from './model/table-saved-views.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { AppLink } from '../../url-state/app-link.tsx'
import { stringifyRouterSearch } from '../../url-state/router-search.ts'
import { useRouterSearch } from '../../url-state/use-view-state.ts'
import type { ViewState } from '../../url-state/view-state.ts'
import { downloadText } from '../../ui/file-download.ts'
import { useSavedViews } from './saved-views-store.ts'
import { tableCatalog } from './table-catalog.ts'
import { viewFromQuery, viewQuery } from './model/view-query.ts'

type Message = { kind: 'status' | 'alert'; text: string } | null

const PROBLEM_KEY = {
  notJson: 'views.error.notJson',
  wrongFormat: 'views.error.wrongFormat',
  invalid: 'views.error.invalid',
} as const satisfies Record<SavedViewsProblem, string>

/**
 * Named table views: saved in this browser, opened (and shared: each is a link), deleted,
 * downloaded as a small JSON file and imported from one.
 */
export function SavedViews({ state }: { state: ViewState }) {
  const tt = useFeatureTranslate(tableCatalog)
  const [views, setViews] = useSavedViews()
  const current = useRouterSearch()
  const [name, setName] = useState('')
  const [message, setMessage] = useState<Message>(null)
  const nameId = useId()
  const fileId = useId()

  const save = (e: FormEvent) => {
    e.preventDefault()
    const trimmed = name.trim()
    if (trimmed === '') return
    const ok = setViews(withView(views, { name: trimmed, query: viewQuery(state) }))
    setMessage(
      ok
        ? { kind: 'status', text: tt('views.saved', { name: trimmed }) }
        : { kind: 'alert', text: tt('views.error.storage') },
    )
    if (ok) setName('')
  }

  const importFile = async (file: File) => {
    const r = readSavedViews(await file.text())
    if (!r.ok) {
      setMessage({ kind: 'alert', text: tt(PROBLEM_KEY[r.problem]) })
      return
    }
    const ok = setViews(mergeViews(views, r.views))
    setMessage(
      ok
        ? { kind: 'status', text: tt('views.imported', { n: r.views.length }) }
        : { kind: 'alert', text: tt('views.error.storage') },
    )
  }

  return (
    <details className="facet-panel table-panel">
      <summary>{tt('views')}</summary>
      <div className="panel-body">
        <form onSubmit={save} className="view-form">
          <label htmlFor={nameId}>{tt('views.name')}</label>
          <input
            id={nameId}
            value={name}
            maxLength={MAX_VIEW_NAME}
            onChange={(e) => setName(e.target.value)}
            autoComplete="off"
          />
          <button type="submit">{tt('views.save')}</button>
        </form>
        {views.length === 0 ? (
          <p className="muted">{tt('views.none')}</p>
        ) : (
          <ul className="view-list">
            {views.map((v) => (
              <li key={v.name}>
                <AppLink
                  to="/opportunities"
                  search={stringifyRouterSearch({ ...current, ...viewFromQuery(v.query) })}
                  aria-label={tt('views.openNamed', { name: v.name })}
                >
                  {v.name}
                </AppLink>{' '}
                <button
                  type="button"
                  aria-label={tt('views.deleteNamed', { name: v.name })}
                  onClick={() => setViews(withoutView(views, v.name))}
                >
                  {tt('views.delete')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p className="view-files">
          <button
            type="button"
            disabled={views.length === 0}
            onClick={() =>
              downloadText(
                savedViewsText(views),
                'kasvukartta-table-views.json',
                'application/json',
              )
            }
          >
            {tt('views.export')}
          </button>{' '}
          <label htmlFor={fileId}>{tt('views.import')}</label>{' '}
          <input
            id={fileId}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) void importFile(file)
            }}
          />
        </p>
        {message ? (
          <p role={message.kind} className={message.kind === 'alert' ? 'alert alert-error' : ''}>
            {message.text}
          </p>
        ) : null}
      </div>
    </details>
  )
}

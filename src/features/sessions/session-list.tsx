import { useState } from 'react'
import type { Session } from '../../domain/decisions/session.ts'
import {
  deleteSession,
  setActiveSession,
  undoDelete,
  type SessionsState,
} from '../../data/sessions/session-store.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { sessionsCatalog } from './sessions-catalog.ts'
import { useSessionDownloads } from './use-session-downloads.ts'

/** The sessions kept in this browser, each with its actions; deleting asks first. */
export function SessionList({ state }: { state: SessionsState }) {
  const st = useFeatureTranslate(sessionsCatalog)
  if (!state.ready) return <p className="status">{st('list.loading')}</p>
  if (state.sessions.length === 0) return <p>{st('list.empty')}</p>
  return (
    <div className="table-scroll">
      <table className="sessions-table">
        <caption>{st('list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{st('col.forum')}</th>
            <th scope="col">{st('col.date')}</th>
            <th scope="col">{st('col.place')}</th>
            <th scope="col" className="number">
              {st('col.decisions')}
            </th>
            <th scope="col">{st('col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {state.sessions.map((s) => (
            <SessionRow key={s.id} session={s} active={s.id === state.activeId} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

function SessionRow({ session: s, active }: { session: Session; active: boolean }) {
  const st = useFeatureTranslate(sessionsCatalog)
  const downloads = useSessionDownloads()
  const [confirming, setConfirming] = useState(false)
  return (
    <tr aria-current={active ? 'true' : undefined}>
      <th scope="row">
        {s.forum}
        {active ? <strong className="badge"> ({st('active')})</strong> : null}
      </th>
      <td>{s.date}</td>
      <td>{s.place ?? ''}</td>
      <td className="number">{s.decisions.length}</td>
      <td className="session-actions">
        {active ? null : (
          <button
            type="button"
            aria-label={st('makeActive.label', { forum: s.forum })}
            onClick={() => void setActiveSession(s.id)}
          >
            {st('makeActive')}
          </button>
        )}{' '}
        <button
          type="button"
          aria-label={`${st('exportJson')}: ${s.forum}`}
          onClick={() => downloads.json(s)}
        >
          {st('exportJson')}
        </button>{' '}
        <button
          type="button"
          aria-label={`${st('exportCsv')}: ${s.forum}`}
          onClick={() => downloads.csv(s)}
        >
          {st('exportCsv')}
        </button>{' '}
        {confirming ? (
          <span role="group" aria-label={st('delete.label', { forum: s.forum })}>
            <span>{st('delete.confirm', { forum: s.forum, count: s.decisions.length })}</span>{' '}
            <button type="button" onClick={() => void deleteSession(s.id)}>
              {st('delete.yes')}
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              {st('delete.no')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            aria-label={st('delete.label', { forum: s.forum })}
            onClick={() => setConfirming(true)}
          >
            {st('delete')}
          </button>
        )}
      </td>
    </tr>
  )
}

/** Sessions deleted in this visit, each with a way back. */
export function DeletedSessions({ state }: { state: SessionsState }) {
  const st = useFeatureTranslate(sessionsCatalog)
  return (
    <div role="status" aria-live="polite">
      {state.deleted.map((s) => (
        <p key={s.id} className="alert">
          {st('deleted.text', { forum: s.forum })}{' '}
          <button
            type="button"
            aria-label={st('deleted.undoLabel', { forum: s.forum })}
            onClick={() => void undoDelete(s.id)}
          >
            {st('deleted.undo')}
          </button>
        </p>
      ))}
    </div>
  )
}

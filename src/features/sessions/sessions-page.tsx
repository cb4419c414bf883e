import { useDataset } from '../../data/load/use-dataset.ts'
import { activeSession, useSessions } from '../../data/sessions/session-store.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { useSharedSearch } from '../../url-state/use-shared-search.ts'
import { CreateSessionForm } from './create-session-form.tsx'
import { RecordImport } from './record-import.tsx'
import { SessionDecisions } from './session-decisions.tsx'
import { DeletedSessions, SessionList } from './session-list.tsx'
import { sessionsCatalog } from './sessions-catalog.ts'
import './sessions.css'

/**
 * The forum sessions kept in this browser: the list with the active one, a new session based
 * on the export in use, the active session's decisions, and a decision record loaded back.
 */
export function SessionsPage() {
  const st = useFeatureTranslate(sessionsCatalog)
  const lang = useLanguage()
  const { data: dataParam } = useSharedSearch()
  const { data, load } = useDataset(lang, dataParam)
  const state = useSessions()
  const active = activeSession(state)
  return (
    <>
      <h1>{st('heading')}</h1>
      <p>{st('intro')}</p>
      <section aria-labelledby="list-heading">
        <h2 id="list-heading">{st('list.heading')}</h2>
        <SessionList state={state} />
        <DeletedSessions state={state} />
      </section>
      {active ? <SessionDecisions session={active} data={data} /> : null}
      <CreateSessionForm data={data} source={load.phase === 'done' ? load.loaded.source : null} />
      <RecordImport />
    </>
  )
}

import { useId, useState, type FormEvent } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { CachedSource } from '../../data/cache/export-cache.ts'
import { exportHash } from '../../data/sessions/export-hash.ts'
import { saveSession } from '../../data/sessions/session-store.ts'
import {
  MAX_NAME_LENGTH,
  MAX_PARTICIPANTS_LENGTH,
} from '../../domain/decisions/decision-record-schema.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { filtersOf } from '../../url-state/view-state.ts'
import { useViewState } from '../../url-state/use-view-state.ts'
import { today } from '../../ui/file-download.ts'
import { newSession, type NewSessionFields } from './model/new-session.ts'
import { sessionsCatalog } from './sessions-catalog.ts'

const EMPTY: Omit<NewSessionFields, 'date'> = {
  forum: '',
  place: '',
  chair: '',
  secretary: '',
  participants: '',
}

/** The new session's details; it is based on the export in use and the view's weights. */
export function CreateSessionForm({
  data,
  source,
}: {
  data: NormalisedExport | null
  source: CachedSource | null
}) {
  const st = useFeatureTranslate(sessionsCatalog)
  const lang = useLanguage()
  const view = useViewState()
  const [fields, setFields] = useState<NewSessionFields>({ ...EMPTY, date: today() })
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null)
  const [busy, setBusy] = useState(false)
  const ids = {
    forum: useId(),
    date: useId(),
    place: useId(),
    chair: useId(),
    secretary: useId(),
    participants: useId(),
  }
  if (!data || !source)
    return (
      <section aria-labelledby="create-heading">
        <h2 id="create-heading">{st('create.heading')}</h2>
        <p>{st('create.noData')}</p>
      </section>
    )
  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    const sha256 = await exportHash(source)
    setBusy(false)
    if (!sha256) {
      setMessage({ text: st('create.noHash'), error: true })
      return
    }
    const basis = {
      datasetId: data.dataset.id,
      exportedAt: data.exportedAt,
      sha256,
      weights: view.weights,
      filters: filtersOf(view),
    }
    const session = newSession(fields, basis, crypto.randomUUID().slice(0, 8))
    await saveSession(session)
    setMessage({ text: st('create.created', { forum: session.forum }), error: false })
    setFields({ ...EMPTY, date: fields.date })
  }
  const input = (key: keyof NewSessionFields, type = 'text') => (
    <>
      <label htmlFor={ids[key]}>{st(`create.${key}`)}</label>
      {key === 'participants' ? (
        <textarea
          id={ids[key]}
          rows={3}
          maxLength={MAX_PARTICIPANTS_LENGTH}
          value={fields[key]}
          onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
        />
      ) : (
        <input
          id={ids[key]}
          type={type}
          required={key === 'forum' || key === 'date'}
          maxLength={MAX_NAME_LENGTH}
          value={fields[key]}
          onChange={(e) => setFields({ ...fields, [key]: e.target.value })}
        />
      )}
    </>
  )
  const title = resolveText(data.dataset.title, lang, data.dataset.defaultLanguage)?.text ?? ''
  return (
    <section aria-labelledby="create-heading">
      <h2 id="create-heading">{st('create.heading')}</h2>
      <p className="muted">
        {st('create.basis', { dataset: title, date: data.exportedAt.slice(0, 10) })}
      </p>
      <form className="session-form" onSubmit={(e) => void submit(e)}>
        {input('forum')}
        {input('date', 'date')}
        {input('place')}
        {input('chair')}
        {input('secretary')}
        {input('participants')}
        <p>
          <button type="submit" disabled={busy}>
            {st('create.submit')}
          </button>
        </p>
      </form>
      <p
        role="status"
        aria-live="polite"
        className={message?.error ? 'alert alert-warning' : undefined}
      >
        {message?.text ?? ''}
      </p>
    </section>
  )
}

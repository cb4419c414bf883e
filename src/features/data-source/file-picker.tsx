import { useId, useState, type DragEvent } from 'react'
import { isUsable, type LoadedExport } from '../../data/load/load-with-fallback.ts'
import {
  asFetched,
  useChooseFile,
  useReturnToDefaultSource,
} from '../../data/load/use-export-load.ts'
import { formatDateTime } from '../../i18n/format-date.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { ReportAlert } from './report-alert.tsx'

type Attempt =
  { phase: 'reading'; name: string } | { phase: 'read'; name: string; loaded: LoadedExport }

/**
 * Loading an export from the user's own computer, by the file picker (the keyboard path) or
 * by dropping a file on the area. Nothing is uploaded: the file is read in the browser and
 * checked in the worker. A file that does not load is explained, and what was shown stays.
 */
export function FilePicker() {
  const t = useTranslate()
  const lang = useLanguage()
  const choose = useChooseFile(lang)
  const inputId = useId()
  const [attempt, setAttempt] = useState<Attempt | null>(null)
  const [dragging, setDragging] = useState(false)

  const load = async (file: File | undefined) => {
    if (!file) return
    setAttempt({ phase: 'reading', name: file.name })
    const loaded = await choose(file)
    setAttempt({ phase: 'read', name: file.name, loaded })
  }

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault()
    setDragging(false)
    void load(e.dataTransfer.files[0])
  }

  return (
    <section aria-labelledby={`${inputId}-heading`}>
      {/* Dropping is a shortcut for mouse users; the file input inside is the path for
          everyone, so the drop area itself needs no role or keyboard handling. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className={dragging ? 'file-picker dragging' : 'file-picker'}
        onDragOver={(e) => {
          e.preventDefault()
          setDragging(true)
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <h2 id={`${inputId}-heading`}>{t('file.heading')}</h2>
        <p>
          <label htmlFor={inputId}>{t('file.choose')}</label>{' '}
          <input
            id={inputId}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              void load(e.target.files?.[0])
              e.target.value = ''
            }}
          />
        </p>
        <p className="muted">
          {t('file.drop')} {t('file.private')}
        </p>
        <p>
          <a
            href={`${import.meta.env.BASE_URL}schema/growth-opportunities-v1.schema.json`}
            download
          >
            {t('file.schemaDownload')}
          </a>
        </p>
        <div aria-live="polite">
          {attempt?.phase === 'reading' ? (
            <p className="status status-busy">{t('file.loading', { name: attempt.name })}</p>
          ) : null}
          {attempt?.phase === 'read' && isUsable(attempt.loaded.report) ? (
            <p className="status">{t('file.loaded', { name: attempt.name })}</p>
          ) : null}
        </div>
        {attempt?.phase === 'read' && !isUsable(attempt.loaded.report) ? (
          <>
            <p className="alert-title">{t('file.notLoaded', { name: attempt.name })}</p>
            <ReportAlert fetched={asFetched(attempt.loaded)} />
          </>
        ) : null}
      </div>
    </section>
  )
}

/** The local file in use, and the way back to the configured data. */
export function CurrentFile({ name, readAt }: { name: string; readAt: string }) {
  const t = useTranslate()
  const locale = useLocale()
  const returnToDefault = useReturnToDefaultSource()
  return (
    <p className="current-file">
      {t('file.current', { name, time: formatDateTime(readAt, locale) })}{' '}
      <button type="button" onClick={() => void returnToDefault()}>
        {t('file.useDefault')}
      </button>
    </p>
  )
}

import { useId, useState, type DragEvent } from 'react'
import {
  useReadBaselineFile,
  type BaselineFileRead,
} from '../../data/history/read-baseline-file.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { baselineChoiceCatalog } from './baseline-choice-catalog.ts'
import { ReportAlert } from './report-alert.tsx'
import type { BaselineOffer } from './use-baseline-choice.ts'

type Attempt =
  { phase: 'reading'; name: string } | { phase: 'read'; name: string; read: BaselineFileRead }

/**
 * A local file as the export to compare with, by the picker (the keyboard path) or by
 * dropping it. It gets the same checks as any export: one that does not load is explained in
 * the same words, and the views and the comparison stay as they were.
 */
export function BaselineFile({ onRead }: { onRead: (offer: BaselineOffer) => void }) {
  const t = useFeatureTranslate(baselineChoiceCatalog)
  const lang = useLanguage()
  const readFile = useReadBaselineFile(lang)
  const inputId = useId()
  const [attempt, setAttempt] = useState<Attempt | null>(null)
  const [dragging, setDragging] = useState(false)

  const load = async (file: File | undefined) => {
    if (!file) return
    setAttempt({ phase: 'reading', name: file.name })
    const read = await readFile(file)
    setAttempt({ phase: 'read', name: file.name, read })
    if (read.entry) onRead({ hash: read.entry.hash, datasetId: read.entry.datasetId })
  }

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault()
    setDragging(false)
    void load(e.dataTransfer.files[0])
  }

  return (
    // Dropping is a shortcut for mouse users; the file input inside is the path for everyone.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className={dragging ? 'file-picker dragging' : 'file-picker'}
      data-testid="baseline-file"
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h3>{t('file.heading')}</h3>
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
      <p className="muted">{t('file.drop')}</p>
      <div aria-live="polite">
        {attempt?.phase === 'reading' ? (
          <p className="status status-busy">{t('file.reading', { name: attempt.name })}</p>
        ) : null}
        {attempt?.phase === 'read' && attempt.read.entry ? (
          <p className="status">{t('file.used', { name: attempt.name })}</p>
        ) : null}
      </div>
      {attempt?.phase === 'read' && !attempt.read.entry ? (
        <>
          <p className="alert-title">{t('file.notUsed', { name: attempt.name })}</p>
          <ReportAlert fetched={attempt.read.fetched} />
        </>
      ) : null}
    </div>
  )
}

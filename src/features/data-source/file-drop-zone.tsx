import { useId, useState, type DragEvent, type ReactNode } from 'react'
import type { FetchedExport } from '../../data/load/fetch-export.ts'
import { ReportAlert } from './report-alert.tsx'

type Attempt<R> = { phase: 'reading'; name: string } | { phase: 'read'; name: string; result: R }

/** What the zone says about a file, each sentence naming it. */
export interface FileDropWords {
  reading: (name: string) => string
  used: (name: string) => string
  notUsed: (name: string) => string
}

/**
 * A local export chosen by the file picker (the keyboard path) or dropped on the area: read
 * in the browser, said in a live region while it is read and once it is used, and explained
 * by the same report as any export when it is not. What is shown stays until a file is used.
 * `refused` gives the report of a file that was not used, or null when it was.
 */
export function FileDropZone<R>({
  heading,
  chooseLabel,
  hint,
  children,
  read,
  refused,
  words,
  testId,
}: {
  heading: ReactNode
  chooseLabel: string
  hint: ReactNode
  children?: ReactNode
  read: (file: File) => Promise<R>
  refused: (result: R) => FetchedExport | null
  words: FileDropWords
  testId?: string
}) {
  const inputId = useId()
  const [attempt, setAttempt] = useState<Attempt<R> | null>(null)
  const [dragging, setDragging] = useState(false)

  const load = async (file: File | undefined) => {
    if (!file) return
    setAttempt({ phase: 'reading', name: file.name })
    const result = await read(file)
    setAttempt({ phase: 'read', name: file.name, result })
  }

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault()
    setDragging(false)
    void load(e.dataTransfer.files[0])
  }

  const report = attempt?.phase === 'read' ? refused(attempt.result) : null
  return (
    // Dropping is a shortcut for mouse users; the file input inside is the path for everyone,
    // so the drop area itself needs no role or keyboard handling.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      className={dragging ? 'file-picker dragging' : 'file-picker'}
      data-testid={testId}
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {heading}
      <p>
        <label htmlFor={inputId}>{chooseLabel}</label>{' '}
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
      <p className="muted">{hint}</p>
      {children}
      <div aria-live="polite">
        {attempt?.phase === 'reading' ? (
          <p className="status status-busy">{words.reading(attempt.name)}</p>
        ) : null}
        {attempt?.phase === 'read' && !report ? (
          <p className="status">{words.used(attempt.name)}</p>
        ) : null}
      </div>
      {attempt?.phase === 'read' && report ? (
        <>
          <p className="alert-title">{words.notUsed(attempt.name)}</p>
          <ReportAlert fetched={report} />
        </>
      ) : null}
    </div>
  )
}

import { useId, useState, type ChangeEvent } from 'react'
import type { DecisionRecordReport } from '../../domain/decisions/decision-record-report.ts'
import {
  MAX_RECORD_BYTES,
  validateRecordBytes,
  validateRecordRead,
} from '../../domain/decisions/validate-decision-record.ts'
import { importSession } from '../../data/sessions/session-store.ts'
import { describeProblemWith } from '../../i18n/describe-problem.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useCatalog, useLanguage } from '../../i18n/language-context.tsx'
import { sessionsCatalog } from './sessions-catalog.ts'

/** Problems listed under a report; a record with more repeats the same few. */
const MAX_SHOWN = 50

/**
 * A decision record chosen from a file, checked in the browser (a file over the limit is
 * refused before it is read), with its report. What loads becomes a session and the active
 * one; on any other outcome nothing changes.
 */
export function RecordImport() {
  const st = useFeatureTranslate(sessionsCatalog)
  const inputId = useId()
  const hintId = useId()
  const [report, setReport] = useState<DecisionRecordReport | null>(null)
  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0]
    e.target.value = ''
    if (!file) return
    const next =
      file.size > MAX_RECORD_BYTES
        ? validateRecordRead({ ok: false, reason: 'tooLarge', bytes: file.size })
        : validateRecordBytes(new Uint8Array(await file.arrayBuffer()))
    if (next.outcome === 'loaded' || next.outcome === 'partial') await importSession(next.session)
    setReport(next)
  }
  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">{st('import.heading')}</h2>
      <label htmlFor={inputId}>{st('import.label')}</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        aria-describedby={hintId}
        onChange={(e) => void choose(e)}
      />
      <p id={hintId} className="muted">
        {st('import.hint')}
      </p>
      <div role="status" aria-live="polite">
        {report ? <ImportReport report={report} /> : null}
      </div>
    </section>
  )
}

function ImportReport({ report }: { report: DecisionRecordReport }) {
  const st = useFeatureTranslate(sessionsCatalog)
  const lang = useLanguage()
  const catalog = useCatalog()
  const summary =
    report.outcome === 'loaded'
      ? st('import.loaded', { forum: report.session.forum, count: report.session.decisions.length })
      : report.outcome === 'partial'
        ? st('import.partial', { forum: report.session.forum, count: report.setAside.length })
        : st(report.outcome === 'unreadable' ? 'import.unreadable' : 'import.brokenFrame')
  const errors = report.problems.filter((p) => p.severity === 'error').slice(0, MAX_SHOWN)
  return (
    <div className={report.outcome === 'loaded' ? 'alert' : 'alert alert-warning'}>
      <p className="import-outcome">{summary}</p>
      {errors.length > 0 ? (
        <ul className="problem-list">
          {errors.map((p, i) => {
            const d = describeProblemWith(catalog, p, lang)
            const where = [
              d.opportunity,
              p.path.length > 0 ? st('import.where', { path: d.path }) : null,
            ]
              .filter(Boolean)
              .join(', ')
            return (
              <li key={i}>
                {d.message} {where ? <span className="problem-where">{where}</span> : null}
              </li>
            )
          })}
        </ul>
      ) : null}
    </div>
  )
}

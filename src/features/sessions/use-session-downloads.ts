import { useCallback } from 'react'
import { recordText, type Session } from '../../domain/decisions/session.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { downloadText } from '../../ui/file-download.ts'
import { useDecisionWords } from '../shared/decisions/use-decision-words.ts'
import { decisionsCsv } from './model/decisions-csv.ts'
import { sessionsCatalog } from './sessions-catalog.ts'

/** A session's record as JSON and its decisions as CSV, saved as files in the browser. */
export function useSessionDownloads(): {
  json: (s: Session) => void
  csv: (s: Session) => void
} {
  const st = useFeatureTranslate(sessionsCatalog)
  const lang = useLanguage()
  const words = useDecisionWords()
  const json = useCallback((s: Session) => {
    downloadText(
      recordText(s, new Date().toISOString()),
      `${s.id}-decisions.json`,
      'application/json',
    )
  }, [])
  const csv = useCallback(
    (s: Session) => {
      const text = decisionsCsv(
        s.decisions,
        {
          header: (c) => st(`csv.${c}`),
          decision: words.label,
          title: (t) => resolveText(t, lang, 'fi')?.text ?? '',
        },
        { delimiter: ';' },
      )
      downloadText(text, `${s.id}-decisions.csv`, 'text/csv;charset=utf-8')
    },
    [st, words.label, lang],
  )
  return { json, csv }
}

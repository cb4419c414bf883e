import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { Problem } from '../../domain/format/problems.ts'
import { describeProblemWith } from '../../i18n/describe-problem.ts'
import { useCatalog, useLanguage, useTranslate } from '../../i18n/language-context.tsx'
import { CappedList } from './capped-list.tsx'

/** Enough to find and fix the first problems; a file with thousands repeats the same few. */
export const MAX_PROBLEMS_SHOWN = 50

/** Problems as sentences, each with where it is: the opportunity and the JSON path. */
export function ProblemList({
  problems,
  omitted = 0,
  defaultLanguage,
}: {
  problems: readonly Problem[]
  /** Problems of the same kind that the report counts but does not list. */
  omitted?: number
  defaultLanguage: ContentLanguage
}) {
  const lang = useLanguage()
  const catalog = useCatalog()
  const t = useTranslate()
  if (problems.length === 0) return null
  return (
    <CappedList
      items={problems}
      max={MAX_PROBLEMS_SHOWN}
      omitted={omitted}
      className="problem-list"
      more={(count) => t('load.moreProblems', { count })}
    >
      {(problem, i) => {
        const d = describeProblemWith(catalog, problem, lang, defaultLanguage)
        // A problem of the whole file (path "$") has no place worth naming.
        const place = problem.path.length > 0 ? t('report.where', { path: d.path }) : null
        const where = [d.opportunity, place].filter(Boolean).join(', ')
        return (
          <li key={i}>
            <span className="problem-message">{d.message}</span>{' '}
            {where ? <span className="problem-where">{where}</span> : null}
          </li>
        )
      }}
    </CappedList>
  )
}

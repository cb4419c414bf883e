import type { ContentLanguage, UiLanguage } from '../domain/format/languages.ts'
import { resolveText } from '../domain/format/localized-text.ts'
import { formatJsonPath, type Problem } from '../domain/format/problems.ts'
import { hasMessage, translate } from './catalogs.ts'
import type { MessageParams } from './format-message.ts'

/** Parameters whose values are words of the catalog (kinds of value, axes, languages, lists). */
const WORD_PARAMS: Record<string, string> = {
  expected: 'kind',
  found: 'kind',
  axis: 'axis',
  language: 'language',
  list: 'list',
}

/** Numbers that name a place in a file: "line 3389", never "line 3 389". */
const POSITION_PARAMS = new Set(['line', 'column'])

function localiseParams(lang: UiLanguage, params: Problem['params']): MessageParams {
  const out: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params)) {
    if (POSITION_PARAMS.has(name)) {
      out[name] = String(value)
      continue
    }
    const prefix = WORD_PARAMS[name]
    const key = prefix ? `${prefix}.${value}` : ''
    out[name] = prefix && hasMessage(key) ? translate(lang, key) : value
  }
  return out
}

export interface DescribedProblem {
  /** What is wrong, in the user's language. */
  message: string
  /** JSON path from the root of the export. */
  path: string
  /** The opportunity it concerns, when known: its id and title. */
  opportunity: string | null
}

export function describeProblem(
  problem: Problem,
  lang: UiLanguage,
  defaultLanguage: ContentLanguage = 'fi',
): DescribedProblem {
  const message = translate(lang, problem.code, localiseParams(lang, problem.params))
  const o = problem.opportunity
  let opportunity: string | null = null
  if (o) {
    const title = resolveText(o.title, lang, defaultLanguage)?.text
    opportunity =
      o.id !== undefined
        ? translate(lang, 'report.opportunity', { id: o.id, title: title ?? '' })
        : translate(lang, 'report.opportunityNoId', { number: o.index + 1 })
  }
  return { message, path: formatJsonPath(problem.path), opportunity }
}

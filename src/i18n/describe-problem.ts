import type { ContentLanguage, UiLanguage } from '../domain/format/languages.ts'
import { resolveText } from '../domain/format/localized-text.ts'
import { formatJsonPath, type Problem } from '../domain/format/problems.ts'
import { formatMessage, type MessageParams } from './format-message.ts'
import { LOCALES } from './locales.ts'
import type { Catalog, MessageKey } from './messages-en.ts'

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

/** One language's words: the catalog the page has loaded, or any of `catalogs.ts`. */
interface Words {
  catalog: Catalog
  lang: UiLanguage
}

const say = ({ catalog, lang }: Words, key: MessageKey, params: MessageParams = {}) =>
  formatMessage(LOCALES[lang], catalog[key], params)

const hasKey = (catalog: Catalog, key: string): key is MessageKey =>
  Object.prototype.hasOwnProperty.call(catalog, key)

function localiseParams(words: Words, params: Problem['params']): MessageParams {
  const out: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(params)) {
    if (POSITION_PARAMS.has(name)) {
      out[name] = String(value)
      continue
    }
    const prefix = WORD_PARAMS[name]
    const key = prefix ? `${prefix}.${value}` : ''
    out[name] = prefix && hasKey(words.catalog, key) ? say(words, key) : value
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

/**
 * A problem in words of `catalog` (the language `lang`). The catalog is passed in, so the
 * shell can describe a problem with the one language it has loaded (catalogs.ts has all three).
 */
export function describeProblemWith(
  catalog: Catalog,
  problem: Problem,
  lang: UiLanguage,
  defaultLanguage: ContentLanguage = 'fi',
): DescribedProblem {
  const words = { catalog, lang }
  const message = say(words, problem.code, localiseParams(words, problem.params))
  const o = problem.opportunity
  let opportunity: string | null = null
  if (o) {
    const title = resolveText(o.title, lang, defaultLanguage)?.text
    opportunity =
      o.id !== undefined
        ? say(words, 'report.opportunity', { id: o.id, title: title ?? '' })
        : say(words, 'report.opportunityNoId', { number: o.index + 1 })
  }
  return { message, path: formatJsonPath(problem.path), opportunity }
}

import type { ContentLanguage, UiLanguage } from '../domain/format/languages.ts'
import type { Problem } from '../domain/format/problems.ts'
import { describeProblemWith, type DescribedProblem } from './describe-problem.ts'
import { en, type Catalog, type MessageKey } from './messages-en.ts'
import { fi } from './messages-fi.ts'
import { sv } from './messages-sv.ts'
import { formatMessage, type MessageParams } from './format-message.ts'
import { LOCALES } from './locales.ts'

/**
 * All three catalogs at once, for code that may speak any language on demand (problem
 * descriptions, the command-line validator). The pages load one language at a time
 * (catalog-loader.ts).
 */
export const catalogs: Record<UiLanguage, Catalog> = { fi, sv, en }

export function translate(lang: UiLanguage, key: MessageKey, params: MessageParams = {}): string {
  return formatMessage(LOCALES[lang], catalogs[lang][key], params)
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key)
}

/** A problem in words of `lang`, for code that has every catalog (the CLI, the text report). */
export function describeProblem(
  problem: Problem,
  lang: UiLanguage,
  defaultLanguage: ContentLanguage = 'fi',
): DescribedProblem {
  return describeProblemWith(catalogs[lang], problem, lang, defaultLanguage)
}

import type { UiLanguage } from '../format/languages.ts'
import { resolveText } from '../format/localized-text.ts'
import type { NormalisedExport } from '../dataset/normalise-export.ts'
import { collationRanks } from './collation.ts'
import { compareText } from './text-compare.ts'

/**
 * Each opportunity's title as the table shows it in `lang` (with the language fallback), ''
 * when it has none: the text its title column sorts by.
 */
export function titleTexts(data: NormalisedExport, lang: UiLanguage): string[] {
  const defaultLanguage = data.dataset.defaultLanguage
  const out = new Array<string>(data.opportunities.length)
  for (let i = 0; i < out.length; i++) {
    const record = data.opportunities[i]?.record
    out[i] = resolveText(record?.title, lang, defaultLanguage)?.text ?? ''
  }
  return out
}

/** The title column's sort keys in `lang` (see collationRanks), aligned with the data. */
export function titleRanks(data: NormalisedExport, lang: UiLanguage): Float64Array {
  return collationRanks(titleTexts(data, lang), compareText(lang))
}

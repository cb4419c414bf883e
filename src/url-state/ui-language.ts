import { isUiLanguage, type UiLanguage } from '../domain/format/languages.ts'

export const DEFAULT_UI_LANGUAGE: UiLanguage = 'fi'

/** The UI language from `?lang=fi|sv|en`; Finnish when absent or unknown. */
export function uiLanguageFromSearch(search: string): UiLanguage {
  const lang = new URLSearchParams(search).get('lang')?.toLowerCase()
  return isUiLanguage(lang) ? lang : DEFAULT_UI_LANGUAGE
}

/**
 * The query string with the UI language set (Finnish, the default, leaves no parameter). The
 * other parameters are kept as written, in place: re-encoding them would turn a readable
 * `theme=a,b` into `theme=a%2Cb`.
 */
export function searchWithLanguage(search: string, language: UiLanguage): string {
  const wanted = language === DEFAULT_UI_LANGUAGE ? null : `lang=${language}`
  const parts: string[] = []
  let placed = false
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (part === '') continue
    if (!/^lang(=|$)/.test(part)) parts.push(part)
    else if (wanted && !placed) {
      parts.push(wanted)
      placed = true
    }
  }
  if (wanted && !placed) parts.push(wanted)
  return parts.length === 0 ? '' : `?${parts.join('&')}`
}

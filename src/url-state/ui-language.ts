import { isUiLanguage, type UiLanguage } from '../domain/languages.ts'

export const DEFAULT_UI_LANGUAGE: UiLanguage = 'fi'

/** The UI language from `?lang=fi|sv|en`; Finnish when absent or unknown. */
export function uiLanguageFromSearch(search: string): UiLanguage {
  const lang = new URLSearchParams(search).get('lang')?.toLowerCase()
  return isUiLanguage(lang) ? lang : DEFAULT_UI_LANGUAGE
}

/** Content languages of export format v1: Finnish, Swedish, English and three Sámi languages. */
export const CONTENT_LANGUAGES = ['fi', 'sv', 'en', 'se', 'smn', 'sms'] as const
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number]

/** Languages the user interface is written in. */
export const UI_LANGUAGES = ['fi', 'sv', 'en'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

export function isContentLanguage(value: unknown): value is ContentLanguage {
  return typeof value === 'string' && (CONTENT_LANGUAGES as readonly string[]).includes(value)
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value)
}

import { CONTENT_LANGUAGES, type ContentLanguage } from './languages.ts'

/** A plain string (in the dataset's default language) or one string per language. */
export type LocalizedText = string | Partial<Record<ContentLanguage, string>>

export interface ResolvedText {
  text: string
  /** The language the text is actually in. */
  lang: ContentLanguage
  /** True when the requested language had no text and another one was used. */
  fallback: boolean
}

/**
 * The order in which content languages stand in for a missing one: the requested language,
 * then Finnish, Swedish, English and the Sámi languages (the council's own order of service).
 */
export function fallbackOrder(requested: ContentLanguage): ContentLanguage[] {
  return [requested, ...CONTENT_LANGUAGES.filter((l) => l !== requested)]
}

export function resolveText(
  value: LocalizedText | undefined,
  requested: ContentLanguage,
  defaultLanguage: ContentLanguage,
): ResolvedText | null {
  if (value === undefined) return null
  if (typeof value === 'string') {
    return value === ''
      ? null
      : { text: value, lang: defaultLanguage, fallback: defaultLanguage !== requested }
  }
  for (const lang of fallbackOrder(requested)) {
    const text = value[lang]
    if (text !== undefined && text !== '') return { text, lang, fallback: lang !== requested }
  }
  return null
}

/** Whether the text exists in the given language (for the "missing translation" warning). */
export function hasLanguage(
  value: LocalizedText,
  lang: ContentLanguage,
  defaultLanguage: ContentLanguage,
): boolean {
  if (typeof value === 'string') return lang === defaultLanguage && value !== ''
  const text = value[lang]
  return text !== undefined && text !== ''
}

/** Every non-empty text of a value, in all its languages (for search). */
export function allTexts(value: LocalizedText | undefined): string[] {
  if (value === undefined) return []
  if (typeof value === 'string') return [value]
  return Object.values(value).filter((t): t is string => typeof t === 'string' && t !== '')
}

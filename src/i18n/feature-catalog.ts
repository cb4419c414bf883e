import { useCallback } from 'react'
import type { UiLanguage } from '../domain/format/languages.ts'
import { LOCALES } from './locales.ts'
import { formatMessage, type MessageParams } from './format-message.ts'
import { useLanguage } from './language-context.tsx'

/**
 * A view's own messages in the three UI languages. They live beside the view and load with
 * its code, so the overview's bundle does not carry the matrix's or the table's words; the
 * shell's words stay in the main catalogs (`messages-*.ts`).
 */
export type FeatureCatalog<K extends string> = Readonly<
  Record<UiLanguage, Readonly<Record<K, string>>>
>

/**
 * Typed keys: Finnish and Swedish must have exactly the English keys (a missing or extra key
 * is a type error), as with the main catalogs.
 */
export function defineCatalog<const E extends Record<string, string>>(catalog: {
  en: E
  fi: { [K in keyof E]: string }
  sv: { [K in keyof E]: string }
}): FeatureCatalog<keyof E & string> {
  return catalog
}

export type FeatureTranslate<K extends string> = (key: K, params?: MessageParams) => string

/** `t(key, params)` over a feature catalog, in the current UI language. */
export function translateFeature<K extends string>(
  catalog: FeatureCatalog<K>,
  lang: UiLanguage,
  key: K,
  params: MessageParams = {},
): string {
  return formatMessage(LOCALES[lang], catalog[lang][key], params)
}

export function useFeatureTranslate<K extends string>(
  catalog: FeatureCatalog<K>,
): FeatureTranslate<K> {
  const lang = useLanguage()
  return useCallback((key, params) => translateFeature(catalog, lang, key, params), [catalog, lang])
}

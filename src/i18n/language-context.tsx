import { createContext, useCallback, useContext, type ReactNode } from 'react'
import type { UiLanguage } from '../domain/languages.ts'
import { LOCALES, translate } from './catalogs.ts'
import type { MessageParams } from './format-message.ts'
import type { MessageKey } from './messages-en.ts'

const LanguageContext = createContext<UiLanguage>('fi')

export function LanguageProvider({
  language,
  children,
}: {
  language: UiLanguage
  children: ReactNode
}) {
  return <LanguageContext value={language}>{children}</LanguageContext>
}

export function useLanguage(): UiLanguage {
  return useContext(LanguageContext)
}

/** The BCP 47 locale of the UI language, for Intl formatters. */
export function useLocale(): string {
  return LOCALES[useLanguage()]
}

export type Translate = (key: MessageKey, params?: MessageParams) => string

/** `t(key, params)` in the current UI language. */
export function useTranslate(): Translate {
  const language = useLanguage()
  return useCallback((key, params) => translate(language, key, params), [language])
}

import {
  createContext,
  use,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  type ReactNode,
} from 'react'
import { UI_LANGUAGES, type UiLanguage } from '../domain/format/languages.ts'
import { loadCatalog, preloadCatalogs } from './catalog-loader.ts'
import { formatMessage, type MessageParams } from './format-message.ts'
import { LOCALES } from './locales.ts'
import type { Catalog, MessageKey } from './messages-en.ts'

interface LanguageValue {
  language: UiLanguage
  catalog: Catalog | null
}

const LanguageContext = createContext<LanguageValue>({ language: 'fi', catalog: null })

/**
 * The UI language and its catalog for everything inside. Suspends while a language's catalog
 * loads for the first time (a small local chunk); the others load when the browser is idle.
 */
export function LanguageProvider({
  language,
  children,
}: {
  language: UiLanguage
  children: ReactNode
}) {
  const catalog = use(loadCatalog(language))
  useEffect(() => preloadCatalogs(UI_LANGUAGES), [])
  const value = useMemo(() => ({ language, catalog }), [language, catalog])
  return <LanguageContext value={value}>{children}</LanguageContext>
}

export function useLanguage(): UiLanguage {
  return useContext(LanguageContext).language
}

/** The BCP 47 locale of the UI language, for Intl formatters. */
export function useLocale(): string {
  return LOCALES[useLanguage()]
}

/** The loaded catalog of the UI language (for words looked up by computed keys). */
export function useCatalog(): Catalog {
  const { catalog } = useContext(LanguageContext)
  // Outside a provider (never in the app) keys show as themselves, as with useTranslate.
  return catalog ?? EMPTY_CATALOG
}

const EMPTY_CATALOG = new Proxy({}, { get: (_, key) => String(key) }) as Catalog

export type Translate = (key: MessageKey, params?: MessageParams) => string

/** `t(key, params)` in the current UI language. */
export function useTranslate(): Translate {
  const { language, catalog } = useContext(LanguageContext)
  return useCallback(
    // Outside a provider (never in the app) a key shows as itself rather than crashing.
    (key, params = {}) => (catalog ? formatMessage(LOCALES[language], catalog[key], params) : key),
    [language, catalog],
  )
}

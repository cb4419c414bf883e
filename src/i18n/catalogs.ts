import type { UiLanguage } from '../domain/languages.ts'
import { en, type Catalog, type MessageKey } from './messages-en.ts'
import { fi } from './messages-fi.ts'
import { sv } from './messages-sv.ts'
import { formatMessage, type MessageParams } from './format-message.ts'

export const catalogs: Record<UiLanguage, Catalog> = { fi, sv, en }

/** BCP 47 tags for Intl: Finnish and Swedish as used in Finland. */
export const LOCALES: Record<UiLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

export function translate(lang: UiLanguage, key: MessageKey, params: MessageParams = {}): string {
  return formatMessage(LOCALES[lang], catalogs[lang][key], params)
}

export function hasMessage(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key)
}

import type { UiLanguage } from '../domain/format/languages.ts'

/** BCP 47 tags for Intl: Finnish and Swedish as used in Finland. */
export const LOCALES: Record<UiLanguage, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }

import { useSearch } from '@tanstack/react-router'
import { isUiLanguage, type UiLanguage } from '../domain/languages.ts'

/** The parameters every page shares: UI language and the `?data=` source. */
export function useSharedSearch(): { lang: UiLanguage; data: string | null } {
  const search = useSearch({ strict: false }) as { lang?: unknown; data?: unknown }
  return {
    lang: isUiLanguage(search.lang) ? search.lang : 'fi',
    data: typeof search.data === 'string' ? search.data : null,
  }
}

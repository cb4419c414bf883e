import { useMemo } from 'react'
import type { UiLanguage } from '../domain/format/languages.ts'
import { useSearchString } from './location.ts'
import { uiLanguageFromSearch } from './ui-language.ts'

/**
 * The parameters every page shares: UI language and the `?data=` source. Read without the
 * view-state schema, so pages that show no filters (the overview first of all) do not
 * download it.
 */
export function useSharedSearch(): { lang: UiLanguage; data: string | null } {
  const search = useSearchString()
  return useMemo(() => {
    const data = new URLSearchParams(search).get('data')
    return { lang: uiLanguageFromSearch(search), data: data === null || data === '' ? null : data }
  }, [search])
}

import { useMemo } from 'react'
import type { UiLanguage } from '../domain/format/languages.ts'
import { useSearchString } from './location.ts'
import { uiLanguageFromSearch } from './ui-language.ts'

/**
 * The parameters every page shares: UI language, the `?data=` source and the `?compare=`
 * baseline. Read without the view-state schema, so pages that show no filters (the overview
 * first of all) do not download it; `compare` is read as the schema reads it (view-state.ts).
 */
export function useSharedSearch(): {
  lang: UiLanguage
  data: string | null
  compare: string | null
} {
  const search = useSearchString()
  return useMemo(() => {
    const params = new URLSearchParams(search)
    const data = params.get('data')
    const compare = params.getAll('compare').find((v) => v.trim() !== '')
    return {
      lang: uiLanguageFromSearch(search),
      data: data === null || data === '' ? null : data,
      compare: compare === undefined ? null : compare.trim(),
    }
  }, [search])
}

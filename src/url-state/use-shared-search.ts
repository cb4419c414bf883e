import { useMemo } from 'react'
import type { UiLanguage } from '../domain/format/languages.ts'
import { compareParam } from './compare-param.ts'
import { useSearchString } from './location.ts'
import { uiLanguageFromSearch } from './ui-language.ts'

/**
 * The parameters every page shares: UI language, the `?data=` source and the `?compare=`
 * baseline. Read without the view-state schema, so pages that show no filters (the overview
 * first of all) do not download it; `compare` by the schema's own rule (compare-param.ts).
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
    return {
      lang: uiLanguageFromSearch(search),
      data: data === null || data === '' ? null : data,
      compare: compareParam(params.getAll('compare')),
    }
  }, [search])
}

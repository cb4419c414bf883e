import { useEffect } from 'react'
import { useDataset } from '../data/load/use-dataset.ts'
import { opportunityWithId } from '../domain/dataset/opportunity-lookup.ts'
import { resolveText } from '../domain/format/localized-text.ts'
import { useTranslate } from '../i18n/language-context.tsx'
import { useTitleDetail } from '../ui/title-detail.ts'
import { useSharedSearch } from '../url-state/use-shared-search.ts'
import { composeDocumentTitle, pageName } from './document-title.ts'

/**
 * The document title of the page at `path` in the UI language ("Matriisi – dataset –
 * Kasvukartta", an opportunity's own title on its page), set on the document and returned
 * for the route announcement. A page may put a detail in front (the presentation's slide). The dataset's title comes from the worker's preview while a
 * large export is still handed over, so the title does not wait for the whole data.
 */
export function useDocumentTitle(path: string): string {
  const t = useTranslate()
  const { lang, data: dataParam } = useSharedSearch()
  const { data, load } = useDataset(lang, dataParam)
  const dataset =
    data?.dataset ?? (load.phase === 'loading' ? load.preview?.overview.dataset : undefined)
  const datasetTitle = dataset
    ? resolveText(dataset.title, lang, dataset.defaultLanguage)?.text
    : undefined

  const detail = useTitleDetail()
  const name = pageName(path)
  let page: string
  if (name.kind === 'message') page = t(name.key)
  else if (!data) page = name.id
  else {
    const record = opportunityWithId(data, name.id)?.record
    page = record
      ? (resolveText(record.title, lang, data.dataset.defaultLanguage)?.text ?? name.id)
      : t('page.notFound.heading')
  }

  const title = composeDocumentTitle([detail, page, datasetTitle, t('app.name')])
  useEffect(() => {
    document.title = title
  }, [title])
  return title
}

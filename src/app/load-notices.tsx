import { lazy, Suspense } from 'react'
import { useExportLoad } from '../data/load/use-export-load.ts'
import { useSharedSearch } from '../url-state/use-shared-search.ts'
import { loadNotices } from './load-notice-model.ts'

const NoticeList = lazy(() => import('./load-notice.tsx').then((m) => ({ default: m.NoticeList })))

/**
 * The state of the data, said on every page that shows it (load-notice-model.ts). It sits in
 * the shell, so it stays mounted across pages: a notice is announced when it first appears,
 * not again on every page change.
 */
export function LoadNotices() {
  const { lang, data: dataParam } = useSharedSearch()
  const load = useExportLoad(lang, dataParam)
  const notices = loadNotices(load)
  if (notices.length === 0) return null
  return (
    <Suspense fallback={null}>
      <NoticeList load={load} notices={notices} />
    </Suspense>
  )
}

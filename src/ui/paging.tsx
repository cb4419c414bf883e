import { useId, useState } from 'react'
import { defineCatalog, useFeatureTranslate } from '../i18n/feature-catalog.ts'

/** The pager's words, in the chunks of the views that page a table (not the shell's). */
const pagerCatalog = defineCatalog({
  en: { range: 'Rows {from}–{to} of {total}', previous: 'Previous rows', next: 'Next rows' },
  fi: {
    range: 'Rivit {from}–{to} / {total}',
    previous: 'Edelliset rivit',
    next: 'Seuraavat rivit',
  },
  sv: { range: 'Rader {from}–{to} av {total}', previous: 'Föregående rader', next: 'Nästa rader' },
})

/** One page of `rows`, `size` at a time: a long table stays quick to read and to render. */
export function usePaging<T>(rows: readonly T[], size: number) {
  const [page, setPage] = useState(0)
  const pages = Math.max(1, Math.ceil(rows.length / size))
  // A filter can shrink the rows under the page the user was on: stay on the last one.
  const current = Math.min(page, pages - 1)
  const first = current * size
  return {
    shown: rows.slice(first, first + size),
    first,
    current,
    pages,
    total: rows.length,
    setPage,
    /** The range's element id, for a table's aria-describedby; set only when paged. */
    rangeId: useId(),
  }
}

export type Paging<T> = ReturnType<typeof usePaging<T>>

/** Previous and next buttons around "Rows 1–100 of 640", announced as the page changes. */
export function Pager<T>({ paging }: { paging: Paging<T> }) {
  const t = useFeatureTranslate(pagerCatalog)
  const { current, pages, first, shown, total, setPage, rangeId } = paging
  if (pages <= 1) return null
  return (
    <nav className="pager" aria-labelledby={rangeId}>
      <button
        type="button"
        className="button button-quiet"
        disabled={current === 0}
        onClick={() => setPage(current - 1)}
      >
        {t('previous')}
      </button>
      <span id={rangeId} aria-live="polite">
        {t('range', { from: first + 1, to: first + shown.length, total })}
      </span>
      <button
        type="button"
        className="button button-quiet"
        disabled={current >= pages - 1}
        onClick={() => setPage(current + 1)}
      >
        {t('next')}
      </button>
    </nav>
  )
}

import { memo, useMemo } from 'react'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import { resolveText, type LocalizedText } from '../../domain/format/localized-text.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useLanguage } from '../../i18n/language-context.tsx'
import { AppLink } from '../../url-state/app-link.tsx'
import { stringifyRouterSearch } from '../../url-state/router-search.ts'
import { useRouterSearch } from '../../url-state/use-view-state.ts'
import { tableCatalog } from './table-catalog.ts'

/** The forum's picked agenda as the table shows it: which rows are on it, and the toggle. */
export interface AgendaPicks {
  picked: ReadonlySet<string>
  toggle(id: string): void
}

/**
 * The toolbar's way to build the forum's agenda from the table: a switch that puts a checkbox
 * on every row, and, once some are picked, the link that presents them in the order picked.
 */
export function AgendaPicker({
  picking,
  count,
  onPicking,
}: {
  picking: boolean
  count: number
  onPicking: (on: boolean) => void
}) {
  const tt = useFeatureTranslate(tableCatalog)
  const search = useRouterSearch()
  // The presentation starts at its first slide; the agenda (`agenda=`) is in the query already.
  const query = useMemo(() => stringifyRouterSearch({ ...search, slide: 1 }), [search])
  return (
    <span className="agenda-picker">
      <button type="button" aria-pressed={picking} onClick={() => onPicking(!picking)}>
        {tt('agenda.picking')}
      </button>
      {count > 0 ? (
        <>
          {' '}
          <AppLink to="/present" search={query} className="present-link">
            {tt('agenda.present', { count })}
          </AppLink>
        </>
      ) : null}
    </span>
  )
}

/** A row's checkbox, named with its title: on the agenda or not. */
export const AgendaCheckbox = memo(function AgendaCheckbox({
  id,
  title,
  defaultLanguage,
  picked,
  onToggle,
}: {
  id: string
  title: LocalizedText
  defaultLanguage: ContentLanguage
  picked: boolean
  onToggle: (id: string) => void
}) {
  const tt = useFeatureTranslate(tableCatalog)
  const lang = useLanguage()
  const text = resolveText(title, lang, defaultLanguage)?.text ?? id
  return (
    <input
      type="checkbox"
      className="agenda-check"
      aria-label={tt('agenda.add', { title: text })}
      checked={picked}
      onChange={() => onToggle(id)}
    />
  )
})

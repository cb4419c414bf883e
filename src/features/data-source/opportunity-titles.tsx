import type { SetAsideRecord } from '../../domain/validate/validation-report.ts'
import type { ContentLanguage } from '../../domain/format/languages.ts'
import type { LocalizedText } from '../../domain/format/localized-text.ts'
import { resolveText } from '../../domain/format/localized-text.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import { CappedList } from './capped-list.tsx'

/** A plain list stays quick and readable; the full table comes with the overview. */
export const MAX_TITLES_SHOWN = 100

/**
 * What the list needs of an opportunity. Both keys are required (possibly undefined), so a
 * change in the shapes handed in is a type error here rather than a list of "(no title)".
 */
export interface TitledItem {
  id: string | undefined
  title: LocalizedText | undefined
}

function Title({ item, defaultLanguage }: { item: TitledItem; defaultLanguage: ContentLanguage }) {
  const lang = useLanguage()
  const t = useTranslate()
  const resolved = resolveText(item.title, lang, defaultLanguage)
  if (!resolved) return <>{t('load.untitled')}</>
  // A title in another language than the page's is marked, so a screen reader voices it right.
  return resolved.lang === lang ? (
    <>{resolved.text}</>
  ) : (
    <span lang={resolved.lang}>{resolved.text}</span>
  )
}

/** Titles of the loaded opportunities, the first hundred, then how many more. */
export function OpportunityTitles({
  items,
  omitted = 0,
  defaultLanguage,
  showIds = false,
}: {
  items: readonly TitledItem[]
  /** More of them, counted but not given. */
  omitted?: number
  defaultLanguage: ContentLanguage
  showIds?: boolean
}) {
  const t = useTranslate()
  return (
    <CappedList
      items={items}
      max={MAX_TITLES_SHOWN}
      omitted={omitted}
      className="title-list"
      more={(count) => t('load.moreTitles', { count })}
    >
      {(item, i) => (
        <li key={item.id ?? `#${i}`}>
          {showIds && item.id !== undefined ? (
            <span className="opportunity-id">{item.id}</span>
          ) : null}
          <Title item={item} defaultLanguage={defaultLanguage} />
        </li>
      )}
    </CappedList>
  )
}

/** The opportunities that were set aside, by id and title. */
export function SetAsideList({
  records,
  omitted = 0,
  defaultLanguage,
}: {
  records: readonly SetAsideRecord[]
  /** Records set aside beyond those the report lists. */
  omitted?: number
  defaultLanguage: ContentLanguage
}) {
  const t = useTranslate()
  const locale = useLocale()
  return (
    <section className="set-aside" aria-labelledby="set-aside-heading">
      <h2 id="set-aside-heading">
        {t('report.setAsideHeading')} ({(records.length + omitted).toLocaleString(locale)})
      </h2>
      <p>{t('load.setAsideIntro')}</p>
      <OpportunityTitles
        items={records.map((r) => ({ id: r.id, title: r.title }))}
        omitted={omitted}
        defaultLanguage={defaultLanguage}
        showIds
      />
    </section>
  )
}

import { memo, useState } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { Localized } from '../../ui/localized.tsx'
import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { useSearchVia } from '../../url-state/use-view-state.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'
import { useDayText } from './use-day-text.ts'
import type { RoadmapModel } from './use-roadmap-model.ts'

/** Unscheduled opportunities listed at first; the rest behind a button. */
const UNSCHEDULED_SHOWN = 50
/** Conflicts listed at most, so an export full of them cannot flood the page; every conflicted bar still shows its ⚠. */
const CONFLICTS_SHOWN = 200

/**
 * The unscheduled opportunities and the dependency conflicts beside the timeline. Memoised:
 * a zoom or a pan re-renders the page, and the dates formatted here do not change with them.
 */
export const RoadmapAside = memo(function RoadmapAside({
  model,
  locale,
}: {
  model: RoadmapModel
  locale: string
}) {
  const rt = useFeatureTranslate(roadmapCatalog)
  const t = useTranslate()
  const { day } = useDayText(locale)
  const { data } = model
  const [showAll, setShowAll] = useState(false)
  const unscheduled = showAll ? model.unscheduled : model.unscheduled.slice(0, UNSCHEDULED_SHOWN)
  const dl = data.dataset.defaultLanguage
  const search = useSearchVia('roadmap')
  return (
    <aside className="rm-side">
      <section aria-labelledby="rm-unscheduled-heading">
        <h2 id="rm-unscheduled-heading">{rt('unscheduledHeading')}</h2>
        {model.unscheduled.length === 0 ? (
          <p>{rt('unscheduledNone')}</p>
        ) : (
          <>
            <p>{rt('unscheduledIntro', { count: model.unscheduled.length })}</p>
            <ul className="rm-unscheduled">
              {unscheduled.map((pos) => {
                const o = data.opportunities[pos]
                if (!o) return null
                return (
                  <li key={o.id}>
                    <AppLink to={opportunityPath(o.id)} search={search}>
                      <Localized value={o.record.title} defaultLanguage={dl} />
                    </AppLink>{' '}
                    <span className="muted">({t(`status.${o.record.status}` as MessageKey)})</span>
                  </li>
                )
              })}
            </ul>
            {!showAll && model.unscheduled.length > UNSCHEDULED_SHOWN ? (
              <button
                type="button"
                className="button button-quiet"
                onClick={() => setShowAll(true)}
              >
                {rt('showMore', { count: model.unscheduled.length - UNSCHEDULED_SHOWN })}
              </button>
            ) : null}
          </>
        )}
      </section>
      {model.conflicts.length > 0 ? (
        <section aria-labelledby="rm-conflicts-heading">
          <h2 id="rm-conflicts-heading">⚠ {rt('conflictsHeading')}</h2>
          <ul className="rm-conflicts">
            {model.conflicts.slice(0, CONFLICTS_SHOWN).map((c) => {
              const a = model.placeOf.get(c.to)
              const b = model.placeOf.get(c.from)
              return (
                <li key={`${c.from}>${c.to}`}>
                  {rt('conflictItem', {
                    dependent: model.titleOf(c.to),
                    dependentStart: a ? day(a.item.start) : '',
                    prerequisite: model.titleOf(c.from),
                    prerequisiteStart: b ? day(b.item.start) : '',
                  })}
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}
    </aside>
  )
})

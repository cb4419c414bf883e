import { AppLink } from '../../url-state/app-link.tsx'
import { opportunityPath } from '../../url-state/location.ts'
import { useMemo } from 'react'
import { Pager, usePaging } from '../../ui/paging.tsx'
import { useSearchVia } from '../../url-state/use-view-state.ts'
import { periodOrDateRange } from '../../domain/format/calendar.ts'
import { dayNumber } from './model/roadmap-days.ts'
import type { RoadmapItem } from './model/roadmap-lanes.ts'
import { orderItems } from './model/roadmap-stack.ts'
import type { LaneOrder } from '../../url-state/view-state.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { Localized } from '../../ui/localized.tsx'
import { roadmapCatalog } from './roadmap-catalog.ts'
import type { RemovedOnRoadmap } from './roadmap-compare.tsx'
import { ghostBarsCatalog } from './ghost-bars-catalog.ts'
import { useDecisionOf } from '../shared/decisions/use-decision-of.ts'
import { useDayText } from './use-day-text.ts'
import type { RoadmapModel } from './use-roadmap-model.ts'

/** Rows per page: a page stays quick to read and to render however many opportunities there are. */
export const TABLE_PAGE_SIZE = 50

/**
 * The roadmap's table alternative: one row per scheduled opportunity in lane order, then the
 * strategy work's events. Paginated, so a large export never puts every row in the DOM at once.
 */
export function RoadmapTable({
  model,
  order,
  locale,
  groupingLabel,
  removed,
}: {
  model: RoadmapModel
  order: LaneOrder
  locale: string
  groupingLabel: string
  /** A comparison's removed opportunities, as rows marked removed after the others. */
  removed?: RemovedOnRoadmap | undefined
}) {
  const t = useTranslate()
  const search = useSearchVia('roadmap')
  const decisionOf = useDecisionOf()
  const rt = useFeatureTranslate(roadmapCatalog)
  const { day, span } = useDayText(locale)
  const rows = useMemo(() => {
    const out: { item: RoadmapItem; lane: number }[] = []
    model.lanes.forEach((lane, l) => {
      for (const item of orderItems(lane.rows.flat(), order)) out.push({ item, lane: l })
    })
    return out
  }, [model.lanes, order])
  const paging = usePaging(rows, TABLE_PAGE_SIZE)
  const { shown } = paging
  const dl = model.data.dataset.defaultLanguage

  return (
    <div className="rm-table-wrap">
      <table className="rm-table">
        <caption>{rt('tableCaption')}</caption>
        <ColumnHeads
          labels={[
            rt('col.title'),
            groupingLabel,
            rt('col.start'),
            rt('col.end'),
            rt('col.status'),
            rt('col.milestones'),
          ]}
        />
        <tbody>
          {shown.map(({ item, lane }) => {
            const o = model.data.opportunities[item.pos]
            if (!o) return null
            return (
              <tr key={item.id}>
                <th scope="row">
                  <AppLink to={opportunityPath(item.id)} search={search}>
                    <Localized value={o.record.title} defaultLanguage={dl} />
                  </AppLink>
                  {model.conflicted.has(item.id) ? (
                    <span className="rm-conflict-text"> ⚠ {rt('barConflict')}</span>
                  ) : null}
                  {decisionOf?.(item.id) ? (
                    <span className="rm-decision-text">
                      {' '}
                      ✓ {rt('barDecision', { decision: decisionOf(item.id) ?? '' })}
                    </span>
                  ) : null}
                </th>
                <td>{model.laneLabels[lane]}</td>
                <td>{day(item.start)}</td>
                <td>{day(item.end)}</td>
                <td>{t(`status.${o.record.status}` as MessageKey)}</td>
                <td>
                  {o.record.milestones && o.record.milestones.length > 0 ? (
                    <ul className="rm-cell-list">
                      {o.record.milestones.map((m, i) => {
                        const r = periodOrDateRange(m.date)
                        return (
                          <li key={i}>
                            {rt('milestoneItem', {
                              name: model.text(m.name),
                              date: r ? day(dayNumber(r.end)) : m.date,
                              state: rt(m.done ? 'milestoneDone' : 'milestoneUpcoming'),
                            })}
                          </li>
                        )
                      })}
                    </ul>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
        {removed ? <RemovedRows removed={removed} locale={locale} /> : null}
      </table>
      <Pager paging={paging} />
      {model.events.length > 0 ? (
        <table className="rm-table">
          <caption>{rt('eventsTableCaption')}</caption>
          <ColumnHeads labels={[rt('col.date'), rt('col.kind'), rt('col.event')]} />
          <tbody>
            {model.events.map((e) => (
              <tr key={e.id}>
                <td>{span(e.day, e.endDay)}</td>
                <td>{t(`sourceKind.${e.kind}` as MessageKey)}</td>
                <td lang={e.nameLang}>{e.name}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}

/**
 * The removed ones as the baseline had them: not links (there is no page), their lane the
 * "removed since" heading, and "removed" in words beside the title.
 */
function RemovedRows({ removed, locale }: { removed: RemovedOnRoadmap; locale: string }) {
  const t = useTranslate()
  const gt = useFeatureTranslate(ghostBarsCatalog)
  const { day } = useDayText(locale)
  return (
    <tbody className="rm-removed-rows">
      {removed.rows.flat().map((item) => (
        <tr key={item.id} className="rm-removed-row" data-removed-id={item.id}>
          <th scope="row">
            {removed.titleOf(item)} <span>({gt('removedMark')})</span>
          </th>
          <td>{removed.heading}</td>
          <td>{day(item.start)}</td>
          <td>{day(item.end)}</td>
          <td>{t(`status.${item.then.status}` as MessageKey)}</td>
          <td />
        </tr>
      ))}
    </tbody>
  )
}

/** A table's column headers. */
function ColumnHeads({ labels }: { labels: readonly string[] }) {
  return (
    <thead>
      <tr>
        {labels.map((label, i) => (
          <th key={i} scope="col">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  )
}

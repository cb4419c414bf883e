import { parsePeriod } from '../../domain/format/calendar.ts'
import { opportunityWithId } from '../../domain/dataset/opportunity-lookup.ts'
import { dayNumber } from './model/roadmap-days.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import type { LanesLayout } from './model/geometry.ts'
import { barBottom } from './model/row-position.ts'
import type { TimeScale } from './model/time-scale.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'
import { useDayText } from './use-day-text.ts'
import type { RoadmapModel } from './use-roadmap-model.ts'

/** About the tooltip's widest (its max-width in the CSS), so it never runs past the right edge. */
const TOOLTIP_WIDTH_PX = 360
/** The gap between a bar and its tooltip. */
const GAP_PX = 6

/**
 * What a hovered or focused bar is: title, period, status, phases, conflicts. It sits under its
 * bar, in the scroll container's visible coordinates, and is left out while its bar is scrolled
 * under the sticky axis or out of view (a tooltip over nothing would only confuse).
 */
export function BarTooltip({
  id,
  barId,
  model,
  layout: { boxes, offset, sizes },
  view,
  scale,
  locale,
}: {
  id: string
  barId: string
  model: RoadmapModel
  layout: LanesLayout
  /** The scroll position and visible height of the scroll container. */
  view: { top: number; height: number }
  scale: TimeScale
  locale: string
}) {
  const t = useTranslate()
  const rt = useFeatureTranslate(roadmapCatalog)
  const { range } = useDayText(locale)
  const opportunity = opportunityWithId(model.data, barId)
  const place = model.placeOf.get(barId)
  const box = place ? boxes[place.lane] : undefined
  if (!opportunity || !place || !box?.expanded) return null
  const y = offset + barBottom(box, place.row, sizes) + GAP_PX - view.top
  if (y <= sizes.axisH || y >= view.height) return null
  const x = Math.min(
    Math.max(scale.x(place.item.start), 0),
    Math.max(0, scale.width - TOOLTIP_WIDTH_PX),
  )

  const r = opportunity.record
  const phaseRange = (a: string, b: string) => {
    const s = parsePeriod(a)
    const e = parsePeriod(b)
    return s && e ? range(dayNumber(s.start), dayNumber(e.end)) : `${a}–${b}`
  }
  const conflicts = (model.linksOf.get(barId) ?? []).filter((l) => l.conflict && l.to === barId)
  return (
    <div id={id} role="tooltip" className="rm-tooltip" style={{ left: x, top: y }}>
      <p className="rm-tooltip-title">{model.titleOf(barId)}</p>
      <p>
        {range(place.item.start, place.item.end)} · {t(`status.${r.status}` as MessageKey)}
      </p>
      {r.phases && r.phases.length > 0 ? (
        <>
          <p className="rm-tooltip-sub">{rt('phases')}</p>
          <ul>
            {r.phases.map((p, i) => (
              <li key={i}>
                {model.text(p.name)}: {phaseRange(p.start, p.end)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {conflicts.map((c) => (
        <p key={c.from} className="rm-tooltip-conflict">
          ⚠ {rt('conflictNote', { title: model.titleOf(c.from) })}
        </p>
      ))}
    </div>
  )
}

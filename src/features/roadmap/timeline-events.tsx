import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import type { EventLabel, Sizes } from './model/geometry.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'
import { EventMarks, GridMarks, type TimeFrame } from './timeline-marks.tsx'
import { useDayText } from './use-day-text.ts'
import type { RoadmapEvent } from './use-roadmap-model.ts'

/**
 * The strategy work's events above the lanes. The marks are a picture only; screen readers get
 * the same events as a list, since a mark's label may be left out where labels would collide.
 */
export function TimelineEvents({
  events,
  labels,
  frame,
  sizes,
  height,
  drawn,
  locale,
  kindLabel,
}: {
  events: readonly RoadmapEvent[]
  labels: readonly EventLabel[]
  frame: TimeFrame
  sizes: Sizes
  height: number
  /** Whether the marks are drawn (not before the timeline's width is known). */
  drawn: boolean
  locale: string
  kindLabel: (kind: string) => string
}) {
  const rt = useFeatureTranslate(roadmapCatalog)
  const { span } = useDayText(locale)
  const marksH = height - sizes.laneHead
  return (
    <section className="rm-events" style={{ height }} aria-label={rt('eventsLabel')}>
      <div className="rm-lane-head rm-events-head" style={{ height: sizes.laneHead }}>
        <span className="rm-lane-name">{rt('eventsLabel')}</span>
      </div>
      <ul className="rm-sr">
        {events.map((e) => (
          <li key={e.id}>
            {rt('eventItem', {
              kind: kindLabel(e.kind),
              name: e.name,
              date: span(e.day, e.endDay),
            })}
          </li>
        ))}
      </ul>
      {drawn ? (
        <svg width={frame.scale.width} height={marksH} aria-hidden="true" className="rm-events-svg">
          <GridMarks frame={frame} y0={0} y1={marksH} />
          <EventMarks
            scale={frame.scale}
            events={events}
            labels={labels}
            sizes={sizes}
            y0={2}
            kindLabel={kindLabel}
          />
        </svg>
      ) : null}
    </section>
  )
}

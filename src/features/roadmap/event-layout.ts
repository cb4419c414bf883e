import { layoutEventLabels, type EventLabel, type Sizes } from './model/geometry.ts'
import { canvasMeasure } from './measure-text.ts'
import type { TimeScale } from './model/time-scale.ts'

/** At most this many label rows for the strategy work's events, so the lane stays short. */
export const EVENT_LABEL_ROWS = 3

/** The events' labels at the current scale (screen and export use the same). */
export function layoutEvents(
  events: readonly { day: number; endDay: number; kind: string }[],
  scale: TimeScale,
  sizes: Sizes,
  kindLabel: (kind: string) => string,
): EventLabel[] {
  return layoutEventLabels(
    events.map((e) => {
      const x0 = scale.x(e.day)
      return { kind: e.kind, x0, x1: Math.max(scale.x(e.endDay + 1), x0 + 3) }
    }),
    kindLabel,
    canvasMeasure(sizes.font * 0.9, 400),
    EVENT_LABEL_ROWS,
  )
}

/**
 * Height of the events band: its header, the strip of marks and the label rows, and `padding`
 * below them; 0 when there are no events, so no empty band is drawn.
 */
export function eventsHeight(labels: readonly EventLabel[], sizes: Sizes, padding = 0): number {
  if (labels.length === 0) return 0
  const rows = Math.max(1, ...labels.map((r) => r.row + 1))
  return sizes.laneHead + (rows + 1) * sizes.eventRowH + padding
}

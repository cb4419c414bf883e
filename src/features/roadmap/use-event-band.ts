import { useCallback, useMemo } from 'react'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { eventsHeight, layoutEvents } from './event-layout.ts'
import type { EventLabel, Sizes } from './model/geometry.ts'
import type { TimeScale } from './model/time-scale.ts'
import type { RoadmapEvent } from './use-roadmap-model.ts'

/** Room between the events' labels and the first lane. */
const EVENTS_PADDING_PX = 8

/**
 * The strategy work's events on screen: their labels at the current scale, stacked so none
 * collide, and the height of the band they take above the lanes (0 without events).
 */
export function useEventBand(
  events: readonly RoadmapEvent[],
  scale: TimeScale,
  sizes: Sizes,
): { labels: EventLabel[]; height: number; kindLabel: (kind: string) => string } {
  const t = useTranslate()
  const kindLabel = useCallback((kind: string) => t(`sourceKind.${kind}` as MessageKey), [t])
  const labels = useMemo(
    () => layoutEvents(events, scale, sizes, kindLabel),
    [events, scale, sizes, kindLabel],
  )
  return { labels, height: eventsHeight(labels, sizes, EVENTS_PADDING_PX), kindLabel }
}

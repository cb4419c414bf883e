import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type RefObject } from 'react'
import { overscanFor, ROW_HEIGHT, windowPadding } from './model/grid-layout.ts'

/**
 * The grid's virtual window over `count` rows in the scroll area: the rows to render and the
 * space to leave above and below them.
 */
export function useGridVirtualizer(scrollRef: RefObject<HTMLElement | null>, count: number) {
  // The virtualiser marks itself scrolling before it asks for the render that follows a scroll
  // event, so the wide overscan is there from that frame on.
  const scrolling = useRef<{ isScrolling: boolean } | null>(null)
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: overscanFor(scrolling.current?.isScrolling ?? false),
    // No getItemKey: the virtualiser's own (the index) never changes, so sorting does not make
    // it re-measure every row. The rows' React keys are their own, so a row that stays in view
    // keeps its DOM (and focus) across a sort.
  })
  scrolling.current = virtualizer
  const items = virtualizer.getVirtualItems()
  const padding = windowPadding(items, virtualizer.getTotalSize())
  return { virtualizer, items, padTop: padding.top, padBottom: padding.bottom }
}

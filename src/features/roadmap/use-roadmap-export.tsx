import { useCallback, useRef, useState } from 'react'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { downloadBlob, svgToPng } from '../../ui/file-download.ts'
import { sizesFor } from './model/geometry.ts'
import { isoDay } from './model/roadmap-days.ts'
import { timeScale, type TimeScale } from './model/time-scale.ts'
import type { Tick } from './model/time-ticks.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'
import { ExportSvg, svgMarkup } from './roadmap-export.tsx'
import { useDayText } from './use-day-text.ts'
import type { RoadmapModel } from './use-roadmap-model.ts'
import { contextSvgLayout } from '../shared/print-context/context-svg-layout.ts'
import type { PrintContext } from '../shared/print-context/print-context.ts'

/** The narrowest export: a phone's timeline would make an unreadable picture. */
const MIN_EXPORT_WIDTH = 960
/** The export's text unit: the default text size, whatever the reader has chosen on screen. */
const EXPORT_UNIT_PX = 16

/** What the export draws besides the model: the view on screen, as the timeline shows it. */
export interface ExportView {
  from: number
  days: number
  ticksFor: (scale: TimeScale) => Tick[]
  today: number
  collapsed: ReadonlySet<string>
  strategyLabel: string
  locale: string
  /** What the picture shows (dataset, filters, weights, address), made at the click. */
  describeContext?: () => PrintContext
}

/**
 * Downloads the roadmap as an SVG or PNG picture of the time window on screen, at the screen's
 * width. `onWidth` is for the timeline to report its width; it is kept in a ref, since the
 * width only matters when a picture is made.
 */
export function useRoadmapExport(model: RoadmapModel, view: ExportView) {
  const t = useTranslate()
  const rt = useFeatureTranslate(roadmapCatalog)
  const { day } = useDayText(view.locale)
  // Until the timeline reports its width.
  const widthRef = useRef(1200)
  const onWidth = useCallback((w: number) => (widthRef.current = w), [])
  const [exportError, setExportError] = useState(false)

  const onExport = async (kind: 'svg' | 'png') => {
    setExportError(false)
    const { from, days, today } = view
    const width = Math.max(widthRef.current, MIN_EXPORT_WIDTH)
    const scale = timeScale(from, days, width)
    const sizes = sizesFor(EXPORT_UNIT_PX)
    const context = view.describeContext?.()
    const text = svgMarkup(
      <ExportSvg
        model={model}
        frame={{ scale, ticks: view.ticksFor(scale), strategy: model.strategy, today }}
        sizes={sizes}
        collapsed={view.collapsed}
        context={context ? contextSvgLayout(context, width, sizes.font) : undefined}
        labels={{
          title: rt('exportTitle', { from: day(from), to: day(from + days - 1) }),
          strategy: view.strategyLabel,
          today: rt('today'),
          events: rt('eventsLabel'),
          kind: (k) => t(`sourceKind.${k}` as MessageKey),
          laneCount: (count) => rt('laneCount', { count }),
        }}
      />,
    )
    const name = `${rt('heading').toLowerCase()}-${isoDay(from)}`
    if (kind === 'svg') {
      downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`)
      return
    }
    const height = Number(/height="(\d+(?:\.\d+)?)"/.exec(text)?.[1] ?? 800)
    try {
      downloadBlob(await svgToPng(text, width, height), `${name}.png`)
    } catch {
      setExportError(true)
    }
  }

  return { onExport, exportError, onWidth }
}

import { useMemo, useRef, useState, type CSSProperties } from 'react'
import { useLanguage, useLocale } from '../../i18n/language-context.tsx'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { LoadStatus } from '../../ui/load-status.tsx'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { useFilteredData, type FilteredViewProps } from '../shared/filters/use-filtered-data.ts'
import { useDescribeContext } from '../shared/print-context/use-print-context.ts'
import { today as todayDay } from './model/format-day.ts'
import { sizesFor } from './model/geometry.ts'
import { RoadmapAside } from './roadmap-aside.tsx'
import { roadmapCatalog } from './roadmap-catalog.ts'
import { RoadmapControls, type TextScale } from './roadmap-controls.tsx'
import { RoadmapLegend } from './roadmap-legend.tsx'
import { useDecisionOf } from '../shared/decisions/use-decision-of.ts'
import { RoadmapTable } from './roadmap-table.tsx'
import { RoadmapTimeline } from './roadmap-timeline.tsx'
import { RoadmapPrint } from './roadmap-print.tsx'
import { PATTERN_PREFIX } from './timeline-marks.tsx'
import { useAxisTicks } from './use-axis-ticks.ts'
import { useBarLinks } from './use-bar-links.ts'
import { useCollapsedLanes } from './use-collapsed-lanes.ts'
import { useDayText } from './use-day-text.ts'
import { useFullscreen } from '../../ui/use-fullscreen.ts'
import { useRoadmapExport } from './use-roadmap-export.tsx'
import { useRoadmapModel } from './use-roadmap-model.ts'
import { useTimeWindow } from './use-time-window.ts'
import { useRoadmapCompare } from './roadmap-compare.tsx'
import './roadmap.css'

export function RoadmapPage() {
  const rt = useFeatureTranslate(roadmapCatalog)
  const { data, load, state, positions } = useFilteredData()
  if (!data) {
    return (
      <>
        <h1>{rt('heading')}</h1>
        {/* The page's words are on screen while the export loads. */}
        <p className="rm-intro">{rt('intro')}</p>
        <LoadStatus load={load} />
      </>
    )
  }
  return <RoadmapView data={data} state={state} positions={positions} />
}

/** The root font size: the roadmap's geometry grows with the reader's own text size. */
function rootFontPx(): number {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize)
  return Number.isFinite(px) && px > 0 ? px : 16
}

function RoadmapView({ data, state, positions }: FilteredViewProps) {
  const rt = useFeatureTranslate(roadmapCatalog)
  const lang = useLanguage()
  const locale = useLocale()
  const setView = useSetViewState()
  const { day } = useDayText(locale)

  const grouping = state.lanes ?? 'theme'
  const order = state.order ?? 'start'
  const zoom = state.zoom ?? 'year'
  const table = state.show === 'table'
  const decided = useDecisionOf() !== null

  const model = useRoadmapModel(data, positions, grouping, order, state.weights, lang, state)
  const compare = useRoadmapCompare(data, state.weights, model, state.arrows)
  const { domain } = model
  const { from, days, onPan, onZoom, jumpTo } = useTimeWindow(
    state.from,
    zoom,
    domain,
    model.strategy.start,
  )
  const today = useMemo(() => todayDay(), [])
  const { collapsed, onToggleLane } = useCollapsedLanes(grouping)

  const [textScale, setTextScale] = useState<TextScale>('1')
  const [baseFont] = useState(rootFontPx)
  const sizes = useMemo(() => sizesFor(baseFont * Number(textScale)), [baseFont, textScale])
  const ticksFor = useAxisTicks(zoom, locale)
  const { hrefOf, onOpen } = useBarLinks(state)

  const pageRef = useRef<HTMLDivElement>(null)
  const { active: fullscreen, toggle: onFullscreen } = useFullscreen(pageRef)
  const strategyLabel = rt('strategyPeriod', {
    start: String(data.dataset.strategyPeriod.start),
    end: String(data.dataset.strategyPeriod.end),
  })
  const describeContext = useDescribeContext(data, state, positions.length)
  const { onExport, exportError, onWidth } = useRoadmapExport(model, {
    describeContext,
    from,
    days,
    ticksFor,
    today,
    collapsed,
    strategyLabel,
    locale,
  })

  return (
    <div
      className={`rm-page${fullscreen ? ' rm-fullscreen' : ''}`}
      ref={pageRef}
      style={{ '--rm-unit': `${sizes.unit}px` } as CSSProperties}
    >
      <h1>{rt('heading')}</h1>
      <p className="rm-intro">{rt('intro')}</p>
      <RoadmapControls
        zoom={zoom}
        grouping={grouping}
        order={order}
        table={table}
        textScale={textScale}
        canPanEarlier={from > domain.start}
        canPanLater={from + days <= domain.end}
        fullscreen={fullscreen}
        onZoom={onZoom}
        onPan={(dir) => jumpTo(from + (dir * days) / 2)}
        onToday={() => jumpTo(today - days / 2)}
        onGrouping={(g) => setView({ lanes: g === 'theme' ? null : g })}
        onOrder={(o) => setView({ order: o === 'start' ? null : o })}
        onTable={(on) => setView({ show: on ? 'table' : null })}
        onTextScale={setTextScale}
        onExport={(k) => void onExport(k)}
        onFullscreen={onFullscreen}
      />
      {exportError ? (
        <p role="alert" className="alert">
          {rt('exportFailed')}
        </p>
      ) : null}
      <div className="rm-body">
        <div className="rm-main">
          {compare.above}
          {model.scheduledCount === 0 ? <p>{rt('noneScheduled')}</p> : null}
          {table ? (
            <RoadmapTable
              model={model}
              order={order}
              locale={locale}
              groupingLabel={rt(`lanes.${grouping}`)}
              removed={compare.removed}
            />
          ) : (
            <>
              <RoadmapLegend
                model={model}
                prefix={PATTERN_PREFIX}
                strategyLabel={strategyLabel}
                todayLabel={`${rt('today')} ${day(today)}`}
              />
              {decided ? <p className="muted rm-decided-note">{rt('decidedNote')}</p> : null}
              <RoadmapTimeline
                model={model}
                from={from}
                days={days}
                ticks={ticksFor}
                sizes={sizes}
                today={today}
                locale={locale}
                collapsed={collapsed}
                onToggleLane={onToggleLane}
                onPan={onPan}
                onOpen={onOpen}
                hrefOf={hrefOf}
                onWidth={onWidth}
                overlay={compare.overlay}
                after={compare.after ? (scale, sz) => compare.after?.(scale, sz, onPan) : undefined}
              />
              <p className="hint rm-hint">{rt('panHint')}</p>
            </>
          )}
          {compare.below}
        </div>
        <RoadmapAside model={model} locale={locale} />
      </div>
      {table ? null : (
        <RoadmapPrint
          model={model}
          describeContext={describeContext}
          strategyLabel={strategyLabel}
        />
      )}
    </div>
  )
}

import { AppLink } from '../../url-state/app-link.tsx'
import { appHref, navigateTo, opportunityPath } from '../../url-state/location.ts'
import { stringifyRouterSearch } from '../../url-state/router-search.ts'
import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react'
import { dayNumber, isoDay } from './model/roadmap-days.ts'
import { clampFrom } from './model/roadmap-time-domain.ts'
import { useLanguage, useLocale, useTranslate } from '../../i18n/language-context.tsx'
import type { MessageKey } from '../../i18n/messages-en.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { LoadStatus } from '../../ui/load-status.tsx'
import { Localized } from '../../ui/localized.tsx'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { useFilteredData, type FilteredViewProps } from '../shared/filters/use-filtered-data.ts'
import { formatDay, today as todayDay } from './model/format-day.ts'
import { sizesFor } from './model/geometry.ts'
import { RoadmapControls, type TextScale } from './roadmap-controls.tsx'
import { downloadBlob, svgToPng } from '../../ui/file-download.ts'
import { ExportSvg, svgMarkup } from './roadmap-export.tsx'
import { roadmapCatalog } from './roadmap-catalog.ts'
import { RoadmapLegend } from './roadmap-legend.tsx'
import { RoadmapTable } from './roadmap-table.tsx'
import { PATTERN_PREFIX, RoadmapTimeline } from './roadmap-timeline.tsx'
import { timeScale, visibleDays, type TimeScale } from './model/time-scale.ts'
import type { LaneGrouping, LaneOrder, Zoom } from '../../url-state/view-state.ts'
import { axisTicks, monthLabeller } from './model/time-ticks.ts'
import { useRoadmapModel, type RoadmapModel } from './use-roadmap-model.ts'
import './roadmap.css'

/** Unscheduled opportunities listed at first; the rest behind a button. */
const UNSCHEDULED_SHOWN = 50

export function RoadmapPage() {
  const rt = useFeatureTranslate(roadmapCatalog)
  const { data, load, state, positions } = useFilteredData()
  if (!data) {
    return (
      <>
        <h1>{rt('heading')}</h1>
        <LoadStatus load={load} />
      </>
    )
  }
  return <RoadmapView data={data} state={state} positions={positions} />
}

function rootFontPx(): number {
  const px = parseFloat(getComputedStyle(document.documentElement).fontSize)
  return Number.isFinite(px) && px > 0 ? px : 16
}

function RoadmapView({ data, state, positions }: FilteredViewProps) {
  const rt = useFeatureTranslate(roadmapCatalog)
  const t = useTranslate()
  const lang = useLanguage()
  const locale = useLocale()
  const setView = useSetViewState()

  const grouping: LaneGrouping = state.lanes ?? 'theme'
  const order: LaneOrder = state.order ?? 'start'
  const zoom: Zoom = state.zoom ?? 'year'
  const table = state.show === 'table'

  const model = useRoadmapModel(data, positions, grouping, order, state.weights, lang, state)
  const { domain } = model
  const days = visibleDays(zoom, domain)

  // While dragging or wheeling, the first day lives here; the URL gets it when the gesture ends.
  // It is keyed by the URL's own value, so a new URL (a commit, Back, a button) replaces it.
  const liveKey = `${state.from ?? ''}|${zoom}`
  const [liveState, setLiveState] = useState<{ key: string; day: number } | null>(null)
  const live = liveState?.key === liveKey ? liveState.day : null
  const setLive = useCallback((day: number) => setLiveState({ key: liveKey, day }), [liveKey])
  // Without a `from` in the URL, a zoomed-in view starts at the strategy period.
  const defaultFrom = useCallback(
    (d: number) => clampFrom(model.strategy.start, d, domain),
    [model.strategy.start, domain],
  )
  const urlFrom = state.from === null ? defaultFrom(days) : dayNumber(state.from)
  const from = clampFrom(live ?? urlFrom, days, domain)

  const commitFrom = useCallback(
    (day: number, d: number) => {
      const f = clampFrom(day, d, domain)
      setView({ from: f === defaultFrom(d) ? null : isoDay(f) }, { replace: true })
    },
    [domain, setView, defaultFrom],
  )
  const onPan = useCallback(
    (day: number, commit: boolean) => {
      setLive(clampFrom(day, days, domain))
      if (commit) commitFrom(day, days)
    },
    [days, domain, commitFrom, setLive],
  )
  const onZoom = (z: Zoom) => {
    const center = from + days / 2
    const d = visibleDays(z, domain)
    const f = clampFrom(center - d / 2, d, domain)
    setView({ zoom: z === 'year' ? null : z, from: f === defaultFrom(d) ? null : isoDay(f) })
  }
  const today = useMemo(() => todayDay(), [])

  const [collapsedBy, setCollapsedBy] = useState<{ grouping: string; keys: Set<string> }>({
    grouping,
    keys: new Set(),
  })
  const collapsed = collapsedBy.grouping === grouping ? collapsedBy.keys : EMPTY
  const onToggleLane = useCallback(
    (key: string) =>
      setCollapsedBy((prev) => {
        const keys = new Set(prev.grouping === grouping ? prev.keys : [])
        if (keys.has(key)) keys.delete(key)
        else keys.add(key)
        return { grouping, keys }
      }),
    [grouping],
  )

  const [textScale, setTextScale] = useState<TextScale>('1')
  const [baseFont] = useState(rootFontPx)
  const sizes = useMemo(() => sizesFor(baseFont * Number(textScale)), [baseFont, textScale])

  const tickLabels = useMemo(
    () => ({
      year: (y: number) => String(y),
      quarter: (q: number) => `Q${q}`,
      month: monthLabeller(locale),
    }),
    [locale],
  )
  const ticksFor = useCallback(
    (s: TimeScale) => axisTicks(s.from, s.to, zoom, tickLabels),
    [zoom, tickLabels],
  )

  // One href built from the view state, then reused per bar with the id swapped in.
  const search = state
  const hrefTemplate = useMemo(
    () => appHref(opportunityPath('ROADMAP_ID'), stringifyRouterSearch(search)),
    [search],
  )
  const hrefOf = useCallback(
    (id: string) => hrefTemplate.replace('ROADMAP_ID', encodeURIComponent(id)),
    [hrefTemplate],
  )
  const onOpen = useCallback((id: string) => navigateTo(opportunityPath(id)), [])

  const pageRef = useRef<HTMLDivElement>(null)
  const [fullscreen, setFullscreen] = useState(false)
  useEffect(() => {
    const on = () => setFullscreen(document.fullscreenElement === pageRef.current)
    document.addEventListener('fullscreenchange', on)
    return () => document.removeEventListener('fullscreenchange', on)
  }, [])
  const onFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen()
    else void pageRef.current?.requestFullscreen?.()
  }

  const widthRef = useRef(1200)
  const onWidth = useCallback((w: number) => (widthRef.current = w), [])
  const [exportError, setExportError] = useState(false)
  const onExport = async (kind: 'svg' | 'png') => {
    setExportError(false)
    const width = Math.max(widthRef.current, 960)
    const scale = timeScale(from, days, width)
    const exportSizes = sizesFor(16)
    const title = rt('exportTitle', {
      from: formatDay(locale, from),
      to: formatDay(locale, from + days - 1),
    })
    const text = svgMarkup(
      <ExportSvg
        model={model}
        scale={scale}
        ticks={ticksFor(scale)}
        sizes={exportSizes}
        today={today}
        collapsed={collapsed}
        labels={{
          title,
          strategy: strategyLabel,
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

  const strategyLabel = rt('strategyPeriod', {
    start: String(data.dataset.strategyPeriod.start),
    end: String(data.dataset.strategyPeriod.end),
  })
  const groupingLabel = rt(`lanes.${grouping}`)

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
        onPan={(dir) => {
          const f = clampFrom(from + (dir * days) / 2, days, domain)
          setLive(f)
          commitFrom(f, days)
        }}
        onToday={() => {
          const f = clampFrom(today - days / 2, days, domain)
          setLive(f)
          commitFrom(f, days)
        }}
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
          {model.scheduledCount === 0 ? <p>{rt('noneScheduled')}</p> : null}
          {table ? (
            <RoadmapTable
              model={model}
              order={order}
              locale={locale}
              groupingLabel={groupingLabel}
            />
          ) : (
            <>
              <RoadmapLegend
                model={model}
                prefix={PATTERN_PREFIX}
                strategyLabel={strategyLabel}
                todayLabel={`${rt('today')} ${formatDay(locale, today)}`}
              />
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
              />
              <p className="hint rm-hint">{rt('panHint')}</p>
            </>
          )}
        </div>
        <RoadmapAside model={model} locale={locale} />
      </div>
    </div>
  )
}

const EMPTY: ReadonlySet<string> = new Set()

/**
 * The unscheduled opportunities and the dependency conflicts beside the timeline. Memoised:
 * a zoom or a pan re-renders the page, and hundreds of formatted dates here would cost more
 * than the timeline itself.
 */
const RoadmapAside = memo(function RoadmapAside({
  model,
  locale,
}: {
  model: RoadmapModel
  locale: string
}) {
  const rt = useFeatureTranslate(roadmapCatalog)
  const t = useTranslate()
  const { data } = model
  const [showAll, setShowAll] = useState(false)
  const unscheduled = showAll ? model.unscheduled : model.unscheduled.slice(0, UNSCHEDULED_SHOWN)
  const dl = data.dataset.defaultLanguage
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
                    <AppLink to={opportunityPath(o.id)}>
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
            {model.conflicts.slice(0, 200).map((c) => {
              const a = model.placeOf.get(c.to)
              const b = model.placeOf.get(c.from)
              return (
                <li key={`${c.from}>${c.to}`}>
                  {rt('conflictItem', {
                    dependent: model.titleOf(c.to),
                    dependentStart: a ? formatDay(locale, a.item.start) : '',
                    prerequisite: model.titleOf(c.from),
                    prerequisiteStart: b ? formatDay(locale, b.item.start) : '',
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

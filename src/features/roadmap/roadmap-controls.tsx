import { useId } from 'react'
import {
  LANE_GROUPINGS,
  LANE_ORDERS,
  ZOOMS,
  type LaneGrouping,
  type LaneOrder,
  type Zoom,
} from '../../url-state/view-state.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { roadmapCatalog } from './roadmap-catalog.ts'
export const TEXT_SCALES = ['1', '1.25', '1.5'] as const
export type TextScale = (typeof TEXT_SCALES)[number]

export interface ControlsProps {
  zoom: Zoom
  grouping: LaneGrouping
  order: LaneOrder
  table: boolean
  textScale: TextScale
  canPanEarlier: boolean
  canPanLater: boolean
  fullscreen: boolean
  onZoom: (z: Zoom) => void
  onPan: (direction: -1 | 1) => void
  onToday: () => void
  onGrouping: (g: LaneGrouping) => void
  onOrder: (o: LaneOrder) => void
  onTable: (table: boolean) => void
  onTextScale: (s: TextScale) => void
  onExport: (kind: 'svg' | 'png') => void
  onFullscreen: () => void
}

/** The roadmap's settings: every one a named button or a labelled select. */
export function RoadmapControls(p: ControlsProps) {
  const rt = useFeatureTranslate(roadmapCatalog)
  const id = useId()
  const multiValued = p.grouping === 'goal' || p.grouping === 'cluster'
  return (
    <div className="rm-controls" role="group" aria-label={rt('controlsLabel')}>
      {!p.table ? (
        <>
          <div className="rm-control" role="group" aria-labelledby={`${id}-zoom`}>
            <span id={`${id}-zoom`} className="rm-control-label">
              {rt('zoomLabel')}
            </span>
            <div className="rm-segmented">
              {ZOOMS.map((z) => (
                <button
                  key={z}
                  type="button"
                  aria-pressed={p.zoom === z}
                  onClick={() => p.onZoom(z)}
                >
                  {rt(`zoom.${z}`)}
                </button>
              ))}
            </div>
          </div>
          <div className="rm-control" role="group" aria-labelledby={`${id}-pan`}>
            <span id={`${id}-pan`} className="rm-control-label">
              {rt('panLabel')}
            </span>
            <div className="rm-segmented">
              <button type="button" disabled={!p.canPanEarlier} onClick={() => p.onPan(-1)}>
                <span aria-hidden="true">◀ </span>
                {rt('panEarlier')}
              </button>
              <button type="button" onClick={p.onToday}>
                {rt('panToday')}
              </button>
              <button type="button" disabled={!p.canPanLater} onClick={() => p.onPan(1)}>
                {rt('panLater')}
                <span aria-hidden="true"> ▶</span>
              </button>
            </div>
          </div>
        </>
      ) : null}
      <div className="rm-control">
        <label htmlFor={`${id}-lanes`} className="rm-control-label">
          {rt('lanesLabel')}
        </label>
        <select
          id={`${id}-lanes`}
          value={p.grouping}
          onChange={(e) => p.onGrouping(e.target.value as LaneGrouping)}
          aria-describedby={multiValued ? `${id}-lanes-note` : undefined}
        >
          {LANE_GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {rt(`lanes.${g}`)}
            </option>
          ))}
        </select>
        {/* Lane counts differ from the overview's counts by goal or cluster: say why. */}
        {multiValued ? (
          <p id={`${id}-lanes-note`} className="rm-control-note muted">
            {rt(p.grouping === 'goal' ? 'lanes.firstGoal' : 'lanes.firstCluster')}
          </p>
        ) : null}
      </div>
      <div className="rm-control">
        <label htmlFor={`${id}-order`} className="rm-control-label">
          {rt('orderLabel')}
        </label>
        <select
          id={`${id}-order`}
          value={p.order}
          onChange={(e) => p.onOrder(e.target.value as LaneOrder)}
        >
          {LANE_ORDERS.map((o) => (
            <option key={o} value={o}>
              {rt(`order.${o}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="rm-control">
        <label htmlFor={`${id}-text`} className="rm-control-label">
          {rt('textSizeLabel')}
        </label>
        <select
          id={`${id}-text`}
          value={p.textScale}
          onChange={(e) => p.onTextScale(e.target.value as TextScale)}
        >
          {TEXT_SCALES.map((s) => (
            <option key={s} value={s}>
              {rt(`textSize.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="rm-control rm-actions">
        <button type="button" className="button" onClick={() => p.onTable(!p.table)}>
          {p.table ? rt('showChart') : rt('showTable')}
        </button>
        {!p.table ? (
          <>
            <button type="button" className="button button-quiet" onClick={() => p.onExport('svg')}>
              {rt('exportSvg')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => p.onExport('png')}>
              {rt('exportPng')}
            </button>
            <button type="button" className="button button-quiet" onClick={() => window.print()}>
              {rt('print')}
            </button>
            <button
              type="button"
              className="button button-quiet"
              aria-pressed={p.fullscreen}
              onClick={p.onFullscreen}
            >
              {p.fullscreen ? rt('fullscreenExit') : rt('fullscreenEnter')}
            </button>
          </>
        ) : null}
      </div>
    </div>
  )
}

import { useId, type ReactNode } from 'react'
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
          <ButtonGroup id={`${id}-zoom`} label={rt('zoomLabel')}>
            {ZOOMS.map((z) => (
              <button key={z} type="button" aria-pressed={p.zoom === z} onClick={() => p.onZoom(z)}>
                {rt(`zoom.${z}`)}
              </button>
            ))}
          </ButtonGroup>
          <ButtonGroup id={`${id}-pan`} label={rt('panLabel')}>
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
          </ButtonGroup>
        </>
      ) : null}
      <SettingSelect
        id={`${id}-lanes`}
        label={rt('lanesLabel')}
        value={p.grouping}
        options={LANE_GROUPINGS}
        optionLabel={(g) => rt(`lanes.${g}`)}
        onChange={p.onGrouping}
        // Lane counts differ from the overview's counts by goal or cluster: say why.
        note={
          multiValued ? rt(p.grouping === 'goal' ? 'lanes.firstGoal' : 'lanes.firstCluster') : null
        }
      />
      <SettingSelect
        id={`${id}-order`}
        label={rt('orderLabel')}
        value={p.order}
        options={LANE_ORDERS}
        optionLabel={(o) => rt(`order.${o}`)}
        onChange={p.onOrder}
      />
      <SettingSelect
        id={`${id}-text`}
        label={rt('textSizeLabel')}
        value={p.textScale}
        options={TEXT_SCALES}
        optionLabel={(s) => rt(`textSize.${s}`)}
        onChange={p.onTextScale}
      />
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

/** Buttons that belong together, named by a visible label. */
function ButtonGroup({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="rm-control" role="group" aria-labelledby={id}>
      <span id={id} className="rm-control-label">
        {label}
      </span>
      <div className="rm-segmented">{children}</div>
    </div>
  )
}

/** A select with its visible label, and a note under it that the select is described by. */
function SettingSelect<T extends string>({
  id,
  label,
  value,
  options,
  optionLabel,
  onChange,
  note = null,
}: {
  id: string
  label: string
  value: T
  options: readonly T[]
  optionLabel: (option: T) => string
  onChange: (value: T) => void
  note?: string | null
}) {
  const noteId = `${id}-note`
  return (
    <div className="rm-control">
      <label htmlFor={id} className="rm-control-label">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        aria-describedby={note !== null ? noteId : undefined}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
      {note !== null ? (
        <p id={noteId} className="rm-control-note muted">
          {note}
        </p>
      ) : null}
    </div>
  )
}

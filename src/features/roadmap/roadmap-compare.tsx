import { useMemo, type ReactNode } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { Weights } from '../../domain/scoring/scoring.ts'
import { useFeatureTranslate } from '../../i18n/feature-catalog.ts'
import { formatDay } from '../../i18n/format-date.ts'
import { useLocale } from '../../i18n/language-context.tsx'
import type { ArrowToggle } from '../../url-state/view-state.ts'
import { BaselineNotice } from '../shared/compare/baseline-notice.tsx'
import { useComparison } from '../shared/compare/use-comparison.ts'
import { ghostBarsCatalog } from './ghost-bars-catalog.ts'
import { GhostBars, GhostLegend, GhostTable } from './ghost-bars.tsx'
import type { LanesLayout, Sizes } from './model/geometry.ts'
import { horizonShifts } from './model/ghost-bars.ts'
import { removedItems, removedRows, type RemovedItem } from './model/removed-lane.ts'
import type { TimeScale } from './model/time-scale.ts'
import { RemovedLane } from './removed-lane.tsx'
import type { RoadmapModel } from './use-roadmap-model.ts'

/** The removed opportunities with a horizon, for the lane and the table alternative. */
export interface RemovedOnRoadmap {
  rows: RemovedItem[][]
  /** "Removed since the export of …". */
  heading: string
  titleOf: (item: RemovedItem) => string
}

export interface RoadmapCompare {
  /** Above the timeline: the baseline's notice and the ghosts' legend line. */
  above: ReactNode
  overlay?: (layout: LanesLayout, scale: TimeScale) => ReactNode
  /** After the lanes: the lane of removed ones (none when nothing was removed). */
  after?: (
    scale: TimeScale,
    sizes: Sizes,
    onPan: (from: number, commit: boolean) => void,
  ) => ReactNode
  removed?: RemovedOnRoadmap
  /** Below the timeline: the ghosts' table twin. */
  below: ReactNode
}

/**
 * The roadmap's part of a comparison (`?compare=`): nothing without a baseline; its notice
 * while it cannot compare; else, unless turned off (`arrows=off`, the matrix's toggle too),
 * the ghost bars of moved horizons and the lane of removed ones, with their legend and table
 * twin.
 */
export function useRoadmapCompare(
  data: NormalisedExport,
  weights: Weights,
  model: RoadmapModel,
  arrows: ArrowToggle | null,
): RoadmapCompare {
  const t = useFeatureTranslate(ghostBarsCatalog)
  const locale = useLocale()
  const { baseline, comparison } = useComparison(data, weights)
  const shifts = useMemo(() => (comparison ? horizonShifts(comparison.changes) : []), [comparison])
  const rows = useMemo(
    () => (comparison ? removedRows(removedItems(comparison.changes)) : []),
    [comparison],
  )
  const notice = <BaselineNotice baseline={baseline} comparison={comparison} />
  if (!comparison || comparison.noCommonIds || arrows === 'off')
    return { above: notice, below: null }
  const date = formatDay(comparison.baselineExportedAt, locale)
  const removed: RemovedOnRoadmap | undefined =
    rows.length > 0
      ? { rows, heading: t('removedLane', { date }), titleOf: (i) => model.text(i.then.title) }
      : undefined
  return {
    above: (
      <>
        {notice}
        <GhostLegend baselineExportedAt={comparison.baselineExportedAt} removed={!!removed} />
      </>
    ),
    overlay: (layout, scale) => (
      <GhostBars shifts={shifts} placeOf={model.placeOf} layout={layout} scale={scale} />
    ),
    after: removed
      ? (scale, sizes, onPan) => (
          <RemovedLane {...removed} locale={locale} scale={scale} sizes={sizes} onPan={onPan} />
        )
      : undefined,
    removed,
    below: (
      <GhostTable
        comparison={comparison}
        shifts={shifts}
        defaultLanguage={data.dataset.defaultLanguage}
      />
    ),
  }
}

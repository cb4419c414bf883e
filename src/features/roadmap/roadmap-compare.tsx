import { useMemo, type ReactNode } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { Weights } from '../../domain/scoring/scoring.ts'
import type { ArrowToggle } from '../../url-state/view-state.ts'
import { BaselineNotice } from '../shared/compare/baseline-notice.tsx'
import { useComparison } from '../shared/compare/use-comparison.ts'
import { GhostBars, GhostLegend, GhostTable } from './ghost-bars.tsx'
import type { LanesLayout } from './model/geometry.ts'
import { horizonShifts } from './model/ghost-bars.ts'
import type { TimeScale } from './model/time-scale.ts'
import type { RoadmapModel } from './use-roadmap-model.ts'

export interface RoadmapCompare {
  /** Above the timeline: the baseline's notice and the ghosts' legend line. */
  above: ReactNode
  overlay?: (layout: LanesLayout, scale: TimeScale) => ReactNode
  /** Below the timeline: the ghosts' table twin. */
  below: ReactNode
}

/**
 * The roadmap's part of a comparison (`?compare=`): nothing without a baseline; its notice
 * while it cannot compare; else, unless turned off (`arrows=off`, the matrix's toggle too),
 * the ghost bars of moved horizons with their legend and table twin.
 */
export function useRoadmapCompare(
  data: NormalisedExport,
  weights: Weights,
  model: RoadmapModel,
  arrows: ArrowToggle | null,
): RoadmapCompare {
  const { baseline, comparison } = useComparison(data, weights)
  const shifts = useMemo(() => (comparison ? horizonShifts(comparison.changes) : []), [comparison])
  const notice = <BaselineNotice baseline={baseline} comparison={comparison} />
  if (!comparison || comparison.noCommonIds || arrows === 'off')
    return { above: notice, below: null }
  return {
    above: (
      <>
        {notice}
        <GhostLegend baselineExportedAt={comparison.baselineExportedAt} />
      </>
    ),
    overlay: (layout, scale) => (
      <GhostBars shifts={shifts} placeOf={model.placeOf} layout={layout} scale={scale} />
    ),
    below: (
      <GhostTable
        comparison={comparison}
        shifts={shifts}
        defaultLanguage={data.dataset.defaultLanguage}
      />
    ),
  }
}

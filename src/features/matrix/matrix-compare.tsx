import type { ReactNode } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { Weights } from '../../domain/scoring/scoring.ts'
import type { ArrowToggle } from '../../url-state/view-state.ts'
import { BaselineNotice } from '../shared/compare/baseline-notice.tsx'
import { useComparison } from '../shared/compare/use-comparison.ts'
import {
  ArrowsToggle,
  CompareArrowsTable,
  CompareLegend,
  CompareOverlay,
} from './compare-arrows.tsx'
import type { ChartGeometry } from './model/chart-geometry.ts'
import type { MatrixLayout } from './model/matrix-layout.ts'
import type { MatrixRow } from './model/matrix-model.ts'

export interface MatrixCompare {
  /** Above the chart: what the baseline's state is, and the toggle. */
  above: ReactNode
  overlay?: (layout: MatrixLayout, geometry: ChartGeometry) => ReactNode
  legendExtra?: ReactNode
  /** Below the chart or its table: the arrows' table twin. */
  below: ReactNode
}

/**
 * The matrix's part of a comparison (`?compare=`), under the same what-if weights as the
 * chart: nothing without a baseline; the baseline's notice while it cannot compare; else the
 * toggle, and while it is on, the overlay, its legend line and its table twin.
 */
export function useMatrixCompare(
  data: NormalisedExport,
  weights: Weights,
  rows: readonly MatrixRow[],
  arrows: ArrowToggle | null,
): MatrixCompare {
  const { baseline, comparison } = useComparison(data, weights)
  const notice = <BaselineNotice baseline={baseline} comparison={comparison} />
  if (!comparison || comparison.noCommonIds) return { above: notice, below: null }
  const on = arrows !== 'off'
  const above = (
    <>
      {notice}
      <ArrowsToggle on={on} baselineExportedAt={comparison.baselineExportedAt} />
    </>
  )
  if (!on) return { above, below: null }
  return {
    above,
    overlay: (layout, geometry) => (
      <CompareOverlay comparison={comparison} rows={rows} layout={layout} geometry={geometry} />
    ),
    legendExtra: <CompareLegend />,
    below: (
      <CompareArrowsTable comparison={comparison} defaultLanguage={data.dataset.defaultLanguage} />
    ),
  }
}

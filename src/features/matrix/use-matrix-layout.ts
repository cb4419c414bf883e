import { useMemo } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { ThemeStyle } from '../../ui/theme-style.ts'
import type { SizeMeasure } from '../../url-state/view-state.ts'
import { sizeValue } from './model/bubble-size.ts'
import type { ChartGeometry } from './model/chart-geometry.ts'
import { matrixLayout, type MatrixLayout } from './model/matrix-layout.ts'
import type { MatrixRow } from './model/matrix-model.ts'

/**
 * Layouts already computed for a list of placed rows (one list per data, weights and
 * filters), by size measure and chart size: coming back from the table, or toggling the
 * size back, does not rerun the collision layout.
 */
const layoutCache = new WeakMap<readonly MatrixRow[], Map<string, MatrixLayout>>()

function cachedLayout(
  rows: readonly MatrixRow[],
  key: string,
  make: () => MatrixLayout,
): MatrixLayout {
  let byKey = layoutCache.get(rows)
  if (!byKey) layoutCache.set(rows, (byKey = new Map()))
  let layout = byKey.get(key)
  if (!layout) {
    if (byKey.size >= 8) byKey.clear()
    layout = make()
    byKey.set(key, layout)
  }
  return layout
}

/** Where each placed row is drawn, and how big; null until the chart has a size. */
export function useMatrixLayout(
  data: NormalisedExport,
  rows: readonly MatrixRow[],
  rowStyles: readonly ThemeStyle[],
  measure: SizeMeasure,
  geometry: ChartGeometry,
): MatrixLayout | null {
  return useMemo(() => {
    const { width, height } = geometry
    if (width === 0 || height === 0) return null
    return cachedLayout(rows, `${measure}|${width}|${height}`, () =>
      matrixLayout(
        rows,
        (r) => {
          const o = data.opportunities[r.position]
          return o ? sizeValue(o, measure) : null
        },
        rowStyles.map((s) => s.symbol),
        geometry,
        measure,
      ),
    )
  }, [rows, rowStyles, data, measure, geometry])
}

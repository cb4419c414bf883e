import { useDeferredValue, useMemo } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { themeStyles, UNKNOWN_THEME_STYLE } from '../../ui/theme-style.ts'
import { buildMatrixModel, type MatrixRow } from './model/matrix-model.ts'

const NO_POSITIONS: readonly number[] = []

/**
 * The matrix of the filtered opportunities with these weights. A new set of opportunities
 * (the first data, a filter) is drawn as a deferred render, which React splits into several
 * tasks, so the page stays responsive at 100 000 opportunities; `pending` while it is on its
 * way.
 */
export function useMatrixModel(
  data: NormalisedExport,
  positions: readonly number[],
  weights: Readonly<Record<string, number>>,
) {
  const shownPositions = useDeferredValue(positions, NO_POSITIONS)
  const model = useMemo(
    () =>
      buildMatrixModel(
        {
          opportunities: data.opportunities,
          criteria: data.criteria,
          normalisedScores: data.normalisedScores,
          exportScores: data.scores,
        },
        shownPositions,
        weights,
      ),
    [data, shownPositions, weights],
  )
  return { model, pending: shownPositions !== positions }
}

/** The themes' colours and symbols, and each placed row's. */
export function useThemeStyles(data: NormalisedExport, placed: readonly MatrixRow[]) {
  const styles = useMemo(() => themeStyles(data.themes), [data.themes])
  // Per opportunity once per dataset, so a weight change only picks them out.
  const styleByPosition = useMemo(
    () => data.opportunities.map((o) => styles.get(o.record.theme) ?? UNKNOWN_THEME_STYLE),
    [styles, data],
  )
  const rowStyles = useMemo(
    () => placed.map((r) => styleByPosition[r.position] ?? UNKNOWN_THEME_STYLE),
    [placed, styleByPosition],
  )
  return { styles, rowStyles }
}

import { useMemo } from 'react'
import { useBaseline, type BaselineLoad } from '../../../data/load/use-baseline.ts'
import { compareExports } from '../../../domain/compare/compare-exports.ts'
import { DEFAULT_MOVE_THRESHOLDS, type Comparison } from '../../../domain/compare/comparison.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import type { Weights } from '../../../domain/scoring/scoring.ts'
import { useLanguage } from '../../../i18n/language-context.tsx'
import { useViewState } from '../../../url-state/use-view-state.ts'

const NO_WEIGHTS: Weights = {}

/**
 * The comparison of the shown export with the `?compare=` baseline, under the current what-if
 * weights and the `?moved=` thresholds; null without a baseline that loads. The baseline's
 * set-aside records are left out.
 */
export function useComparison(
  data: NormalisedExport | null,
  weights: Weights = NO_WEIGHTS,
): { baseline: BaselineLoad; comparison: Comparison | null } {
  const lang = useLanguage()
  const { compare, moved } = useViewState()
  // The numbers, not the object: every change of the address decodes a new one.
  const rank = moved?.rank ?? DEFAULT_MOVE_THRESHOLDS.rank
  const axis = moved?.axis ?? DEFAULT_MOVE_THRESHOLDS.axis
  const baseline = useBaseline(lang, compare)
  const baselineData = baseline.phase === 'done' ? baseline.data : null
  const report = baseline.phase === 'done' ? baseline.fetched.report : null
  const comparison = useMemo(() => {
    if (!data || !baselineData) return null
    const leftOut = new Set<string>()
    if (report?.outcome === 'partial')
      for (const r of report.setAside) if (r.id !== undefined) leftOut.add(r.id)
    return compareExports(baselineData, data, { weights, leftOut, thresholds: { rank, axis } })
  }, [data, baselineData, report, weights, rank, axis])
  return { baseline, comparison }
}

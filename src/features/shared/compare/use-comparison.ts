import { useMemo } from 'react'
import { useBaseline, type BaselineLoad } from '../../../data/load/use-baseline.ts'
import { compareExports } from '../../../domain/compare/compare-exports.ts'
import type { Comparison } from '../../../domain/compare/comparison.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import type { Weights } from '../../../domain/scoring/scoring.ts'
import { useLanguage } from '../../../i18n/language-context.tsx'
import { useSharedSearch } from '../../../url-state/use-shared-search.ts'

const NO_WEIGHTS: Weights = {}

/**
 * The comparison of the shown export with the `?compare=` baseline, under the current what-if
 * weights; null without a baseline that loads. The baseline's set-aside records are left out.
 */
export function useComparison(
  data: NormalisedExport | null,
  weights: Weights = NO_WEIGHTS,
): { baseline: BaselineLoad; comparison: Comparison | null } {
  const lang = useLanguage()
  const { compare } = useSharedSearch()
  const baseline = useBaseline(lang, compare)
  const baselineData = baseline.phase === 'done' ? baseline.data : null
  const report = baseline.phase === 'done' ? baseline.fetched.report : null
  const comparison = useMemo(() => {
    if (!data || !baselineData) return null
    const leftOut = new Set<string>()
    if (report?.outcome === 'partial')
      for (const r of report.setAside) if (r.id !== undefined) leftOut.add(r.id)
    return compareExports(baselineData, data, { weights, leftOut })
  }, [data, baselineData, report, weights])
  return { baseline, comparison }
}

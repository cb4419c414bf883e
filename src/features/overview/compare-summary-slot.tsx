import { lazy, Suspense } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import { useSharedSearch } from '../../url-state/use-shared-search.ts'

// The comparison and its scoring load only when a baseline is asked for: the overview's first
// download stays as small as it was.
const CompareSummary = lazy(() => import('./compare-summary.tsx'))

/** Where the overview shows its comparison with `?compare=`; nothing without one. */
export function CompareSummarySlot({ data }: { data: NormalisedExport | null }) {
  const { compare } = useSharedSearch()
  if (compare === null || !data) return null
  return (
    <Suspense fallback={null}>
      <CompareSummary data={data} />
    </Suspense>
  )
}

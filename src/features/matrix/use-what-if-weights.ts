import { useState } from 'react'
import type { Criterion } from '../../domain/format/export-schema.ts'
import { sameWeights, useStable } from '../../ui/use-stable.ts'
import { useSetViewState } from '../../url-state/use-view-state.ts'
import { withWeight } from './model/matrix-model.ts'

/**
 * The what-if weights in use. A slider's change is drawn at once from a draft, without waiting
 * for the router; the URL follows (replacing the entry, so dragging does not fill Back) and,
 * once it says the same, the draft goes.
 */
export function useWhatIfWeights(
  criteria: readonly Criterion[],
  urlWeights: Readonly<Record<string, number>>,
) {
  const setViewState = useSetViewState()
  const [draft, setDraft] = useState<Record<string, number> | null>(null)
  if (draft && sameWeights(draft, urlWeights)) setDraft(null)
  const weights = useStable(draft ?? urlWeights, sameWeights)
  const setWeight = (id: string, weight: number) => {
    const next = withWeight(criteria, weights, id, weight)
    setDraft(next)
    setViewState({ weights: next }, { replace: true })
  }
  const resetWeights = () => {
    setDraft(null)
    setViewState({ weights: {} })
  }
  return { weights, setWeight, resetWeights }
}

import { useState } from 'react'
import { historyCompare } from '../../domain/compare/baseline-ref.ts'
import { useSetViewState } from '../../url-state/use-view-state.ts'

/** An export offered as the baseline: its hash in the history and the dataset it is of. */
export interface BaselineOffer {
  hash: string
  datasetId: string
}

/**
 * Setting the baseline to an export of the history. One of another dataset than the export
 * shown waits for the user's confirmation (`pending`); then it is compared by ids anyway.
 */
export function useBaselineChoice(currentDatasetId: string | null) {
  const setViewState = useSetViewState()
  const [pending, setPending] = useState<BaselineOffer | null>(null)
  const apply = (offer: BaselineOffer) => {
    setPending(null)
    setViewState({ compare: historyCompare(offer.hash) })
  }
  return {
    pending,
    /** Uses the offer at once, or asks first when it is of another dataset. */
    choose: (offer: BaselineOffer) => {
      if (currentDatasetId !== null && offer.datasetId !== currentDatasetId) setPending(offer)
      else apply(offer)
    },
    confirm: () => {
      if (pending) apply(pending)
    },
    cancel: () => setPending(null),
    stop: () => setViewState({ compare: null }),
  }
}

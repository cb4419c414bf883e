import { useMemo } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { ScoreTable } from '../../domain/scoring/score-table.ts'
import { scoreOpportunities } from '../../domain/scoring/scoring.ts'
import { useFilteredData } from '../shared/filters/use-filtered-data.ts'

/**
 * The scores under the link's what-if weights (`w`), as the matrix and the overview compute
 * them, so the page's axis scores and rank equal the matrix's. `whatIf` says the weights are
 * not the export's own.
 */
export function useProfileScores(data: NormalisedExport): { scores: ScoreTable; whatIf: boolean } {
  const { state } = useFilteredData()
  // The state's weights are a new object on each render; their text is the stable key.
  const key = JSON.stringify(state.weights)
  return useMemo(() => {
    const weights = JSON.parse(key) as Record<string, number>
    const whatIf = Object.keys(weights).length > 0
    return { scores: whatIf ? scoreOpportunities(data, weights) : data.scores, whatIf }
  }, [data, key])
}

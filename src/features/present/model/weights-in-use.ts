/** A criterion as the title slide lists it. */
export interface WeightInUse {
  id: string
  axis: 'impact' | 'feasibility'
  weight: number
  /** The export's own weight, when the link changed it. */
  exportWeight: number | null
}

export interface WeightsInUse {
  /** How the weights read in words: all equal, the export's own, or changed in the link. */
  kind: 'equal' | 'export' | 'whatIf'
  items: WeightInUse[]
}

/** The weights the presentation ranks by: the link's what-if weights over the export's. */
export function weightsInUse(
  criteria: readonly { id: string; axis: 'impact' | 'feasibility'; weight: number }[],
  overrides: Readonly<Record<string, number>>,
): WeightsInUse {
  const items = criteria.map((c): WeightInUse => {
    const override = overrides[c.id]
    const changed = override !== undefined && override !== c.weight
    return {
      id: c.id,
      axis: c.axis,
      weight: changed ? override : c.weight,
      exportWeight: changed ? c.weight : null,
    }
  })
  const first = items[0]?.weight
  const equal = items.length > 0 && items.every((w) => w.weight === first)
  const changed = items.some((w) => w.exportWeight !== null)
  return { kind: equal ? 'equal' : changed ? 'whatIf' : 'export', items }
}

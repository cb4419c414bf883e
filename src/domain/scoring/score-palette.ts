/**
 * Criterion scores on 0..1 kept as codes into a list of the distinct values. Scores are
 * judgements on short scales (1 to 5, in halves, say), so an export has a few dozen distinct
 * normalised values however many opportunities it has, and one byte per score takes an
 * eighth of the heap a number takes. The values themselves are the exact numbers, so every
 * mean comes out bit for bit as it would from the numbers.
 */
export interface NormalisedScores {
  /** Opportunity i's score on criterion c at i × criteria.length + c, as an index into `values`. */
  readonly codes: Uint8Array | Uint16Array | Uint32Array
  /** The distinct scores; NaN (unscored) is one of them where some score is missing. */
  readonly values: Float64Array
}

/**
 * `scores` (NaN = unscored) as codes of the narrowest width their number of distinct values
 * allows. 0 and -0 share a code (as Map keys do), so a score of -0 reads as 0.
 */
export function encodeScores(scores: ArrayLike<number>): NormalisedScores {
  const codeOf = new Map<number, number>()
  const values: number[] = []
  const wide = new Uint32Array(scores.length)
  for (let k = 0; k < scores.length; k++) {
    const v = scores[k] as number
    let code = codeOf.get(v)
    if (code === undefined) {
      code = values.length
      codeOf.set(v, code)
      values.push(v === 0 ? 0 : v)
    }
    wide[k] = code
  }
  const codes =
    values.length <= 0x100
      ? Uint8Array.from(wide)
      : values.length <= 0x10000
        ? Uint16Array.from(wide)
        : wide
  return { codes, values: Float64Array.from(values) }
}

/** The score at `k` (NaN = unscored). */
export function scoreValueAt(scores: NormalisedScores, k: number): number {
  return scores.values[scores.codes[k] as number] as number
}

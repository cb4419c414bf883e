import { decodeViewState, encodeViewState, type ViewState } from '../../../url-state/view-state.ts'

/**
 * What a saved table view keeps of the URL state: columns, sort, filters and grouping (not
 * the language, the data source or what-if weights, which belong to the moment).
 */
const KEPT = [
  'cols',
  'sort',
  'group',
  'themes',
  'clusters',
  'goals',
  'types',
  'statuses',
  'sources',
  'q',
  'range',
] as const satisfies readonly (keyof ViewState)[]

type Kept = Pick<ViewState, (typeof KEPT)[number]>

function pick(state: ViewState): Kept {
  const out: Partial<Kept> = {}
  for (const k of KEPT) (out as Record<string, unknown>)[k] = state[k]
  return out as Kept
}

/** The table part of the state as a canonical query string. */
export function viewQuery(state: ViewState): string {
  return encodeViewState(pick(state))
}

/** The table part of a saved query (every kept field, defaults for those it leaves out). */
export function viewFromQuery(query: string): Kept {
  return pick(decodeViewState(query))
}

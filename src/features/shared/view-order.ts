import { createContext, use } from 'react'
import type { NormalisedExport } from '../../domain/dataset/normalise-export.ts'
import type { Translate } from '../../i18n/language-context.tsx'
import type { ViewOrigin, ViewState } from '../../url-state/view-state.ts'

export interface ViewOrderInput {
  via: ViewOrigin
  data: NormalisedExport
  state: ViewState
  /** Positions the shared filters leave, in export order. */
  positions: readonly number[]
  t: Translate
}

/**
 * The ordered export positions a view shows, for the opportunity page's previous / next; null
 * for a view whose order is not known here. Features do not import each other, so the app
 * hands the page the views' own pure orderings through this context (app/view-order.ts).
 */
export type ViewOrder = (input: ViewOrderInput) => ArrayLike<number> | null

const ViewOrderContext = createContext<ViewOrder>(() => null)

export const ViewOrderProvider = ViewOrderContext

export function useViewOrder(): ViewOrder {
  return use(ViewOrderContext)
}

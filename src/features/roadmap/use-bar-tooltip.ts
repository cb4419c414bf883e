import { useCallback, useMemo, useState } from 'react'

export interface BarTooltipState {
  /** The bar whose tooltip shows; null when none does. */
  tipId: string | null
  /** The bar whose dependency arrows show: the hovered one, else the one with the tooltip. */
  arrowsId: string | null
  /** Shows a bar's tooltip (it was focused). */
  show: (id: string) => void
  /** The pointer entered a bar. */
  enter: (id: string) => void
  /** The pointer left a bar: its tooltip goes, another bar's stays. */
  leave: (id: string | null) => void
  hide: () => void
}

/**
 * Which bar's tooltip and dependency arrows show. Pointer and keyboard both show them; the
 * hovered bar's arrows win while the pointer is on it, so pointing at a bar never leaves the
 * focused bar's arrows in the way.
 */
export function useBarTooltip(): BarTooltipState {
  const [tip, setTip] = useState<{ id: string } | null>(null)
  const [hoverId, setHoverId] = useState<string | null>(null)
  // Showing the same bar's tooltip again keeps the state, so it does not re-render.
  const show = useCallback((id: string) => setTip((tp) => (tp?.id === id ? tp : { id })), [])
  const hide = useCallback(() => setTip(null), [])
  return useMemo(
    () => ({
      tipId: tip?.id ?? null,
      arrowsId: hoverId ?? tip?.id ?? null,
      show,
      enter: (id: string) => {
        setHoverId(id)
        show(id)
      },
      leave: (id: string | null) => {
        setHoverId(null)
        setTip((tp) => (tp?.id === id ? null : tp))
      },
      hide,
    }),
    [tip, hoverId, show, hide],
  )
}

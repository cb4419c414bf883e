import { useEffect, useEffectEvent, useLayoutEffect, useRef, type RefObject } from 'react'
import { arrowTarget, rowControlSelector } from './model/grid-layout.ts'

/**
 * The grid's keyboard: up and down arrows move between the rows' links and buttons, scrolling
 * as they go, and focus never falls out of the grid when its row goes away. Listened to
 * natively on the scroll area, since focus and keys come from the links and buttons in the
 * rows.
 */
export function useGridKeyboard(
  areaRef: RefObject<HTMLElement | null>,
  rowCount: number,
  scrollToIndex: (index: number) => void,
) {
  useFocusKept(areaRef)
  useArrowKeys(areaRef, rowCount, scrollToIndex)
}

/** Focuses row `index`'s link or button; false when that row is not rendered. */
function focusRowControl(area: HTMLElement | null, index: number): boolean {
  const el = area?.querySelector<HTMLElement>(rowControlSelector(index))
  if (!el) return false
  el.focus()
  return true
}

/**
 * A re-render that removes the focused row (scrolled far away, filtered out) must not drop
 * focus to the page: it moves to the scroll area, from where the keyboard carries on.
 */
function useFocusKept(areaRef: RefObject<HTMLElement | null>) {
  const focusWithin = useRef(false)
  useLayoutEffect(() => {
    const area = areaRef.current
    if (!focusWithin.current || area === null) return
    const active = document.activeElement
    if (active === null || active === document.body) area.focus({ preventScroll: true })
  })
  useEffect(() => {
    const area = areaRef.current
    if (area === null) return
    const onIn = () => (focusWithin.current = true)
    const onOut = (e: FocusEvent) => {
      if (!area.contains(e.relatedTarget as Node | null)) focusWithin.current = false
    }
    area.addEventListener('focusin', onIn)
    area.addEventListener('focusout', onOut)
    return () => {
      area.removeEventListener('focusin', onIn)
      area.removeEventListener('focusout', onOut)
    }
  }, [areaRef])
}

/**
 * An arrow key focuses the next row's control at once when it is rendered; otherwise the row
 * is scrolled into view and focused in the render that brings it.
 */
function useArrowKeys(
  areaRef: RefObject<HTMLElement | null>,
  rowCount: number,
  scrollToIndex: (index: number) => void,
) {
  const pendingFocus = useRef<number | null>(null)
  useLayoutEffect(() => {
    const i = pendingFocus.current
    if (i !== null && focusRowControl(areaRef.current, i)) pendingFocus.current = null
  })
  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    const tr = (e.target as HTMLElement).closest('tr[data-index]')
    if (tr === null) return
    const next = arrowTarget(e.key, Number(tr.getAttribute('data-index')), rowCount)
    if (next === null) return
    e.preventDefault()
    pendingFocus.current = next
    scrollToIndex(next)
    if (focusRowControl(areaRef.current, next)) pendingFocus.current = null
  })
  useEffect(() => {
    const area = areaRef.current
    if (area === null) return
    const onKey = (e: KeyboardEvent) => onKeyDown(e)
    area.addEventListener('keydown', onKey)
    return () => area.removeEventListener('keydown', onKey)
  }, [areaRef])
}

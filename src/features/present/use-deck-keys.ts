import { useEffect, useEffectEvent } from 'react'
import { presentAction, type PresentAction } from './model/present-keys.ts'

/** Whether a key event comes from a field being typed in, where keys are the typist's. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  const type = (target as HTMLInputElement).type
  return !['checkbox', 'radio', 'button', 'submit'].includes(type)
}

/**
 * The presentation's keys on the whole page, so a clicker works wherever the focus is, but
 * never while a field is being typed in (the note, the "go to" number): there Escape only
 * leaves the field. Space and the arrows would otherwise also scroll or move a radio choice.
 */
export function useDeckKeys(onOpportunity: boolean, act: (action: PresentAction) => void): void {
  // The latest handler without re-adding the listener at every render.
  const onAction = useEffectEvent(act)
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return
      if (isTypingTarget(e.target)) {
        if (e.key === 'Escape' && e.target instanceof HTMLElement) e.target.blur()
        return
      }
      const action = presentAction(e, onOpportunity)
      if (!action) return
      e.preventDefault()
      onAction(action)
    }
    addEventListener('keydown', onKey)
    return () => removeEventListener('keydown', onKey)
  }, [onOpportunity])
}

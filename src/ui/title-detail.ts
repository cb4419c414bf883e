import { useEffect, useSyncExternalStore } from 'react'

// What a page adds in front of its document title while it shows it (the presentation's
// current slide); the shell composes the title, so a page does not overwrite it.
let detail: string | null = null
const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function set(next: string | null): void {
  if (next === detail) return
  detail = next
  for (const l of listeners) l()
}

/** The detail a page has put in front of its document title; null when none. */
export function useTitleDetail(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => detail,
    () => null,
  )
}

/** Puts `text` in front of the document title while the calling component is shown. */
export function useSetTitleDetail(text: string | null): void {
  useEffect(() => {
    set(text)
    return () => set(null)
  }, [text])
}

import { useSyncExternalStore } from 'react'

/**
 * The search box's text as it is being typed. The URL (`q`) follows after a pause, so the
 * browser history is not one entry per keystroke; the views filter on this text at once, so a
 * keystroke shows its result in the next frame rather than after the pause. Null when no
 * search box is on the page: the URL's `q` is then the text.
 */
let live: string | null = null
const listeners = new Set<() => void>()

export function setLiveQuery(text: string | null): void {
  if (text === live) return
  live = text
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useLiveQuery(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => live,
    () => null,
  )
}

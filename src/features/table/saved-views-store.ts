import { useCallback, useSyncExternalStore } from 'react'
import { readSavedViews, savedViewsText, type SavedView } from './model/table-saved-views.ts'

/**
 * Saved table views in localStorage, in the same format as the exported file, so whatever is
 * stored is checked by the same schema when read back. Other tabs' changes are picked up
 * through the storage event.
 */

const STORAGE_KEY = 'kasvukartta.table.savedViews'
const NONE: SavedView[] = []
let cachedText: string | null = null
let cachedViews: SavedView[] = NONE
const listeners = new Set<() => void>()

function read(): SavedView[] {
  let text: string | null = null
  try {
    text = localStorage.getItem(STORAGE_KEY)
  } catch {
    return NONE
  }
  if (text === cachedText) return cachedViews
  cachedText = text
  const r = text === null ? null : readSavedViews(text)
  cachedViews = r?.ok ? r.views : NONE
  return cachedViews
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const onStorage = (e: StorageEvent) => {
    if (e.key === STORAGE_KEY) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('storage', onStorage)
  }
}

/** Stores the views; false when the browser refuses (storage full or disabled). */
function write(views: readonly SavedView[]): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, savedViewsText(views))
  } catch {
    return false
  }
  for (const l of listeners) l()
  return true
}

export function useSavedViews(): [SavedView[], (views: readonly SavedView[]) => boolean] {
  const views = useSyncExternalStore(subscribe, read, () => NONE)
  return [views, useCallback((v: readonly SavedView[]) => write(v), [])]
}

import { createStore, type UseStore } from 'idb-keyval'

let store: UseStore | null = null

/**
 * The app's one IndexedDB store (database "kasvukartta", object store "data"), opened on first
 * use so that importing the data layer touches nothing.
 */
export function appStore(): UseStore {
  store ??= createStore('kasvukartta', 'data')
  return store
}

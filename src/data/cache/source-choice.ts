import { del, get, set } from 'idb-keyval'
import { isCachedSource, type CachedSource } from './export-cache.ts'
import { appStore } from './idb-store.ts'

/**
 * The source the user chose last: the configured address, another address (from `?data=`),
 * or a local file. A file's bytes are not kept here but as the last good export; a file
 * choice is what tells the next visit to show them rather than fetch.
 */
export type SourceChoice = { kind: 'default' } | CachedSource

const KEY = 'source-choice'

export async function saveSourceChoice(choice: SourceChoice): Promise<void> {
  await set(KEY, { ...choice }, appStore())
}

export async function loadSourceChoice(): Promise<SourceChoice | null> {
  const stored: unknown = await get(KEY, appStore())
  if (isCachedSource(stored)) return stored
  if (
    typeof stored === 'object' &&
    stored !== null &&
    'kind' in stored &&
    stored.kind === 'default'
  )
    return { kind: 'default' }
  return null
}

export async function clearSourceChoice(): Promise<void> {
  await del(KEY, appStore())
}

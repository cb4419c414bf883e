import { expect, type Page } from '@playwright/test'

/**
 * Waits until the forum sessions stored in this browser (IndexedDB "kasvukartta", store
 * "data", key "sessions": each session as its decision record's text) match `pattern`. The app
 * shows a change at once and writes it behind; a reload or a new address before that write has
 * ended would test the write's timing, not what the user keeps.
 */
export async function expectStored(page: Page, pattern: RegExp): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<string>((done) => {
              const open = indexedDB.open('kasvukartta')
              open.onerror = () => done('')
              open.onsuccess = () => {
                const db = open.result
                if (!db.objectStoreNames.contains('data')) {
                  db.close()
                  return done('')
                }
                const get = db.transaction('data').objectStore('data').get('sessions')
                get.onerror = () => {
                  db.close()
                  done('')
                }
                get.onsuccess = () => {
                  db.close()
                  const stored = get.result as { records?: unknown } | undefined
                  const records = Array.isArray(stored?.records) ? stored.records : []
                  done(records.join('\n'))
                }
              }
            }),
        ),
      { timeout: 15_000 },
    )
    .toMatch(pattern)
}

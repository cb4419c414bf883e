import type { UiLanguage } from '../domain/format/languages.ts'
import type { Catalog } from './messages-en.ts'

/**
 * The shell's catalogs, one chunk per language, loaded when that language is first shown: a
 * Finnish page does not download the Swedish and English words (a third of the shell's
 * JavaScript otherwise). The promises carry React's `status`/`value` fields, so `use()` reads
 * an already loaded catalog without suspending.
 */
type TrackedPromise<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T }

const IMPORTS: Record<UiLanguage, () => Promise<Catalog>> = {
  fi: () => import('./messages-fi.ts').then((m) => m.fi),
  sv: () => import('./messages-sv.ts').then((m) => m.sv),
  en: () => import('./messages-en.ts').then((m) => m.en),
}

const cache = new Map<UiLanguage, TrackedPromise<Catalog>>()

export function loadCatalog(lang: UiLanguage): Promise<Catalog> {
  let promise = cache.get(lang)
  if (!promise) {
    const p: TrackedPromise<Catalog> = IMPORTS[lang]()
    p.status = 'pending'
    p.then(
      (catalog) => {
        p.status = 'fulfilled'
        p.value = catalog
      },
      () => {
        p.status = 'rejected'
        // A failed chunk (offline after an update) is tried again on the next request.
        cache.delete(lang)
      },
    )
    cache.set(lang, p)
    promise = p
  }
  return promise
}

let preloaded = false

/** Loads the languages when the browser is idle (once a page), so a switch shows at once. */
export function preloadCatalogs(languages: readonly UiLanguage[]): void {
  if (preloaded) return
  preloaded = true
  const run = () => languages.forEach((l) => void loadCatalog(l).catch(() => undefined))
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5_000 })
  else setTimeout(run, 1_000)
}

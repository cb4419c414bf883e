import { UI_LANGUAGES } from '../../domain/format/languages.ts'
import { collatorFor } from '../../domain/text/text-compare.ts'

/**
 * Makes the browser's first Intl objects here, in the worker, as the worker starts. The first
 * number format of a page loads the locale data, a long task; that data is shared by the page
 * and its workers, so made here, on another core, while the page is still downloading its
 * code, the page's first formatted number is quick.
 * Imported first by export-worker.ts so it runs before the validator's modules.
 */
export function warmUpIntl(): void {
  try {
    const now = new Date()
    for (const lang of UI_LANGUAGES) {
      new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(1.5)
      new Intl.PluralRules(lang).select(2)
      // Finnish time, as src/i18n/format-date.ts shows every date.
      new Intl.DateTimeFormat(lang, { dateStyle: 'short', timeZone: 'Europe/Helsinki' }).format(now)
      collatorFor(lang).compare('ä', 'å')
    }
  } catch {
    // Only ever a head start.
  }
}

warmUpIntl()

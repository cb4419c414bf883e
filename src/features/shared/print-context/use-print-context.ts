import { useCallback } from 'react'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import { useFeatureTranslate } from '../../../i18n/feature-catalog.ts'
import { formatDateTime } from '../../../i18n/format-date.ts'
import { useLanguage, useLocale, useTranslate } from '../../../i18n/language-context.tsx'
import type { MessageKey } from '../../../i18n/messages-en.ts'
import { printContext, type ContextState, type PrintContext } from './print-context.ts'
import { printContextCatalog } from './print-context-catalog.ts'

/**
 * What a view's printout or picture says about itself, made when asked (at the print or the
 * click), so the date printed and the address are those of that moment.
 */
export function useDescribeContext(
  data: NormalisedExport,
  state: ContextState,
  shown: number,
): () => PrintContext {
  const t = useTranslate()
  const ct = useFeatureTranslate(printContextCatalog)
  const lang = useLanguage()
  const locale = useLocale()
  return useCallback(() => {
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })
    return printContext(
      {
        data,
        filters: state,
        weights: state.weights,
        shown,
        lang,
        printedAt: new Date().toISOString(),
        address: location.href,
      },
      {
        t: ct,
        enumLabel: (facet, value) =>
          t(`${facet === 'type' ? 'innovation' : facet}.${value}` as MessageKey),
        formatDateTime: (iso) => formatDateTime(iso, locale, 'short'),
        formatNumber: (n) => number.format(n),
      },
    )
  }, [data, state, shown, lang, locale, t, ct])
}

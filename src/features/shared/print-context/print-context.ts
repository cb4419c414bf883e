import {
  FACET_FILTER_KEYS,
  FACETS,
  type Facet,
  type OpportunityFilters,
} from '../../../domain/dataset/filter-opportunities.ts'
import type { NormalisedExport } from '../../../domain/dataset/normalise-export.ts'
import type { UiLanguage } from '../../../domain/format/languages.ts'
import { resolveText, type LocalizedText } from '../../../domain/format/localized-text.ts'
import type { MessageParams } from '../../../i18n/format-message.ts'
import type { PrintContextKey } from './print-context-catalog.ts'

/**
 * What a printout or an exported picture says about itself, as plain lines of text: which
 * dataset, which export, what is shown, whether the weights are the export's own, when it was
 * printed and where the same view opens again. Pure, so that the print block, the SVG export
 * and the tests all read the same lines.
 */
export interface PrintContext {
  title: string
  /** The export's time, what is shown, changed weights (if any), the date of printing. */
  lines: string[]
  /** The address shortened for reading off paper. */
  shortAddress: string
  /** The full address, for the QR code. */
  address: string
}

/** What of the view state a context block reads: the shared filters and the what-if weights. */
export interface ContextState extends OpportunityFilters {
  weights: Readonly<Record<string, number>>
}

export interface ContextWords {
  t: (key: PrintContextKey, params?: MessageParams) => string
  /** The UI's own word for a value of an enumerated facet (goal, type, status). */
  enumLabel: (facet: 'goal' | 'type' | 'status', value: string) => string
  formatDateTime: (iso: string) => string
  formatNumber: (n: number) => string
}

export interface ContextInput {
  data: Pick<
    NormalisedExport,
    | 'dataset'
    | 'exportedAt'
    | 'opportunities'
    | 'criteria'
    | 'themeById'
    | 'clusterById'
    | 'sourceById'
  >
  filters: OpportunityFilters
  weights: Readonly<Record<string, number>>
  /** How many opportunities the view shows. */
  shown: number
  lang: UiLanguage
  /** When it is printed or exported (ISO 8601). */
  printedAt: string
  address: string
}

/** Longer addresses are cut in the text; the QR code carries the whole. */
export const SHORT_ADDRESS_LENGTH = 80

export function shortAddress(address: string): string {
  const s = address.replace(/^https?:\/\//, '').replace(/^www\./, '')
  return s.length <= SHORT_ADDRESS_LENGTH ? s : `${s.slice(0, SHORT_ADDRESS_LENGTH - 1)}…`
}

function facetValues(input: ContextInput, facet: Facet, words: ContextWords): string[] {
  const { data, lang } = input
  const dl = data.dataset.defaultLanguage
  const text = (v: LocalizedText | undefined, id: string) => resolveText(v, lang, dl)?.text ?? id
  const values: readonly string[] = input.filters[FACET_FILTER_KEYS[facet]] as readonly string[]
  return values.map((v) => {
    switch (facet) {
      case 'theme':
        return text(data.themeById.get(v)?.name, v)
      case 'cluster':
        return text(data.clusterById.get(v)?.name, v)
      case 'source':
        return text(data.sourceById.get(v)?.name, v)
      default:
        return words.enumLabel(facet, v)
    }
  })
}

/**
 * The active filters in words: "theme Wellbeing, Energy; search ‘vety’". Empty when none is
 * set.
 */
export function describeFilters(input: ContextInput, words: ContextWords): string {
  const parts: string[] = []
  for (const facet of FACETS) {
    const values = facetValues(input, facet, words)
    if (values.length > 0) parts.push(words.t(`facet.${facet}`, { values: values.join(', ') }))
  }
  const q = input.filters.q.trim()
  if (q !== '') parts.push(words.t('search', { q }))
  return parts.join('; ')
}

/** "42 of 64 opportunities: theme Wellbeing; search ‘vety’", or that nothing is filtered. */
export function describeShown(input: ContextInput, words: ContextWords): string {
  const total = input.data.opportunities.length
  const filters = describeFilters(input, words)
  if (filters !== '') return words.t('shown', { shown: input.shown, total, filters })
  return input.shown === total
    ? words.t('all', { total })
    : words.t('shownOnly', { shown: input.shown, total })
}

/** Each criterion whose weight differs from the export's, with both; null when none does. */
export function describeWeights(input: ContextInput, words: ContextWords): string | null {
  const { data, lang } = input
  const dl = data.dataset.defaultLanguage
  const changed = data.criteria.flatMap((c) => {
    const w = input.weights[c.id]
    if (w === undefined || w === c.weight) return []
    const name = resolveText(c.name, lang, dl)?.text ?? c.id
    return [
      words.t('weight', {
        name,
        weight: words.formatNumber(w),
        original: words.formatNumber(c.weight),
      }),
    ]
  })
  return changed.length === 0 ? null : words.t('weightsChanged', { list: changed.join(', ') })
}

export function printContext(input: ContextInput, words: ContextWords): PrintContext {
  const { data } = input
  const title =
    resolveText(data.dataset.title, input.lang, data.dataset.defaultLanguage)?.text ??
    data.dataset.id
  const weights = describeWeights(input, words)
  const lines = [
    words.t('exported', { date: words.formatDateTime(data.exportedAt) }),
    describeShown(input, words),
    ...(weights ? [weights] : []),
    words.t('printed', { date: words.formatDateTime(input.printedAt) }),
  ]
  return { title, lines, shortAddress: shortAddress(input.address), address: input.address }
}

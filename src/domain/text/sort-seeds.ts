import type { UiLanguage } from '../format/languages.ts'
import type { NormalisedExport } from '../dataset/normalise-export.ts'

/**
 * Title sort keys made elsewhere (the validation worker, which is idle once the report is
 * sent), held until the table first sorts by title. Sorting many distinct titles with the UI
 * language's collator is slow, and on the page it would be the first click on the title
 * header that waits. Kept apart from the sorting code so the page that receives them
 * (every page) does not download that code with them.
 */
const offers = new WeakMap<NormalisedExport, { lang: UiLanguage; ranks: Float64Array }>()

/** `ranks` must be what `titleRanks(data, lang)` would give. */
export function offerTitleRanks(
  data: NormalisedExport,
  lang: UiLanguage,
  ranks: Float64Array,
): void {
  offers.set(data, { lang, ranks })
}

/** The ranks offered for `data` in `lang`, if any; in another language, nothing. */
export function takeTitleRanks(data: NormalisedExport, lang: UiLanguage): Float64Array | undefined {
  const offer = offers.get(data)
  if (offer?.lang !== lang || offer.ranks.length !== data.opportunities.length) return undefined
  offers.delete(data)
  return offer.ranks
}

import type { UiLanguage } from '../format/languages.ts'
import type { NormalisedExport } from '../dataset/normalise-export.ts'
import type { SearchTexts } from './search-texts.ts'

/** The languages that normalise text alike (`normaliseForSearch`): one index serves both. */
export const NORDIC_SEARCH_LANGUAGES: readonly UiLanguage[] = ['fi', 'sv']

interface Offer {
  languages: readonly UiLanguage[]
  texts: SearchTexts
}

/**
 * Search texts made elsewhere (the validation worker, which has the time), held until a view
 * first searches this export. Kept apart from the search code itself so that the page that
 * receives them (every page, the overview first) does not download the search code with them.
 */
const offers = new WeakMap<NormalisedExport, Offer>()

/** `texts` must be what `buildSearchIndex` would give for `languages`, aligned with the data. */
export function offerSearchTexts(
  data: NormalisedExport,
  languages: readonly UiLanguage[],
  texts: SearchTexts,
): void {
  offers.set(data, { languages, texts })
}

/** The texts offered for `data`, once; later calls get nothing (the index has them then). */
export function takeSearchTexts(data: NormalisedExport): Offer | undefined {
  const offer = offers.get(data)
  offers.delete(data)
  return offer
}

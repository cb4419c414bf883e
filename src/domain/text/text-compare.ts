import type { UiLanguage } from '../format/languages.ts'

/**
 * Sorting and searching text in the UI language: text comparison and search use the UI
 * language's collation and ignore case; Sámi letters display and match correctly.
 *
 * Collation is ICU's, through `Intl.Collator`, with the Finnish-Swedish region locales
 * (fi-FI, sv-FI) and British English (en-GB). Observed in Node 20 (ICU 78) and Chromium 156,
 * which agree, at sensitivity 'base':
 *
 * - fi: … Y (= Ü), Z, Å, Ä (= Æ), Ö (= Ø). V and W are distinct letters (V < W).
 *   Sámi á č đ ŋ š ŧ ž are their base letters (a c d n s t z) with a secondary difference,
 *   so they interleave with them: "na" < "ŋa" < "nz", "ta" < "ŧa" < "tz".
 * - sv: … Y (= Ü), Z, Å, Ä (= Æ), Ö (= Ø). á č đ š ž are their base letters as in Finnish,
 *   but Ŋ and Ŧ are letters of their own, right after N and T: "nz" < "ŋa" < "oa",
 *   "tz" < "ŧa" < "ua".
 * - en: Å Ä Æ group with A, Ö Ø with O, Ü with U (Æ as "ae"); á č đ š ž as in Finnish; Ŋ
 *   after N and Ŧ after T as in Swedish.
 * - The Skolt Sámi softening mark ʹ (U+02B9) is not ignored: it sorts before every letter.
 *
 * Strings the collator calls equal (case, accents other than the tailored letters) are then
 * ordered by code point, so every sort is total and the same on every machine. Digits compare
 * numerically ("Vaihe 2" < "Vaihe 10").
 */

const COLLATOR_LOCALES: Readonly<Record<UiLanguage, string>> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  en: 'en-GB',
}

const collators = new Map<UiLanguage, Intl.Collator>()
const comparators = new Map<UiLanguage, (a: string, b: string) => number>()

/** The cached collator of a UI language (sensitivity 'base', numeric). */
export function collatorFor(lang: UiLanguage): Intl.Collator {
  let collator = collators.get(lang)
  if (collator === undefined) {
    collator = new Intl.Collator(COLLATOR_LOCALES[lang], {
      usage: 'sort',
      sensitivity: 'base',
      numeric: true,
    })
    collators.set(lang, collator)
  }
  return collator
}

/**
 * UTF-16 code units mapped so that comparing them orders strings by code point: surrogates
 * (astral characters) move above U+E000..U+FFFF.
 */
function codePointKey(unit: number): number {
  if (unit < 0xd800) return unit
  return unit <= 0xdfff ? unit + 0x2000 : unit - 0x800
}

/** Orders strings by Unicode code point (not by UTF-16 code unit, which `<` does). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    if (x !== y) return codePointKey(x) - codePointKey(y)
  }
  return a.length - b.length
}

/**
 * A comparator for `Array.prototype.sort` in the UI language's collation, ties broken by code
 * point. The same function is returned for the same language.
 */
export function compareText(lang: UiLanguage): (a: string, b: string) => number {
  let compare = comparators.get(lang)
  if (compare === undefined) {
    const collator = collatorFor(lang)
    compare = (a: string, b: string): number => {
      if (a === b) return 0
      const c = collator.compare(a, b)
      return c !== 0 ? c : compareCodePoints(a, b)
    }
    comparators.set(lang, compare)
  }
  return compare
}

// --- Search ---------------------------------------------------------------------------------

/**
 * Letters without a canonical decomposition, folded so that a user without a Sámi (or Nordic)
 * keyboard finds them: đ ŋ ŧ ǥ ʒ of the Sámi languages and the Skolt softening mark ʹ (with
 * its typewriter stand-ins ´ and ʼ, removed).
 */
const SAMI_FOLDS: Readonly<Record<string, string>> = {
  đ: 'd',
  ŋ: 'n',
  ŧ: 't',
  ǥ: 'g',
  ʒ: 'z',
  ǯ: 'z',
  ʹ: '',
  ʼ: '',
  '´': '',
}
/**
 * Typographic dashes and quotes, as typed on a keyboard: "Kemi-Tornio" finds "Kemi–Tornio".
 * It also keeps such text at one byte a character in the search index (latin1Copy).
 */
const PUNCTUATION_FOLDS: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
}
/** In Finnish and Swedish, the Danish-Norwegian letters are the same as Ä and Ö. */
const NORDIC_FOLDS: Readonly<Record<string, string>> = {
  ...SAMI_FOLDS,
  ...PUNCTUATION_FOLDS,
  æ: 'ä',
  ø: 'ö',
}
/** English knows none of these letters: every one goes to its plain Latin spelling. */
const ENGLISH_FOLDS: Readonly<Record<string, string>> = {
  ...SAMI_FOLDS,
  ...PUNCTUATION_FOLDS,
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ð: 'd',
}
/** Any one of the characters a fold table changes (none is special in a character class). */
const foldPattern = (folds: Readonly<Record<string, string>>) =>
  new RegExp(`[${Object.keys(folds).join('')}]`, 'g')
const NORDIC_FOLD_PATTERN = foldPattern(NORDIC_FOLDS)
const ENGLISH_FOLD_PATTERN = foldPattern(ENGLISH_FOLDS)

/** Combining marks to drop in Finnish and Swedish: all but those that make å, ä and ö. */
const NORDIC_MARKS = /(?<![ao])\u0308|(?<!a)\u030a|[\u0300-\u0307\u0309\u030b-\u036f]/g
const ALL_MARKS = /[\u0300-\u036f]/g
const COMBINING_MARK = /[\u0300-\u036f]/
/** Characters that normalising may change: in English every non-ASCII one… */
const ENGLISH_CHANGING = /[\u0080-\uffff]/
/** …in Finnish and Swedish all those but å ä ö, the commonest, which stay as they are. */
const NORDIC_CHANGING = /[\u0080-\u00e3\u00e6-\u00f5\u00f7-\uffff]/

/** What one character becomes (after lower-casing): the rules of `normaliseForSearch`. */
function foldCharacter(c: string, english: boolean): string {
  const unit = c.charCodeAt(0)
  // Halves of a surrogate pair arrive one at a time: leave them, and so the pair, alone.
  if (unit >= 0xd800 && unit <= 0xdfff) return c
  const folds = english ? ENGLISH_FOLDS : NORDIC_FOLDS
  return c
    .normalize('NFD')
    .replace(english ? ALL_MARKS : NORDIC_MARKS, '')
    .replace(english ? ENGLISH_FOLD_PATTERN : NORDIC_FOLD_PATTERN, (x) => folds[x] ?? x)
    .normalize('NFC')
}

// Each distinct character is worked out once, in a table by UTF-16 code unit; a dataset has a
// few dozen such characters.
const nordicTable: (string | undefined)[] = []
const englishTable: (string | undefined)[] = []

/**
 * Text as search compares it, in the UI language: lower case, and
 * - fi, sv: å ä ö stay letters of their own ("paa" does not find "pää"), æ ø count as ä ö,
 *   every other diacritic is dropped (Sámi á č š ž, and é ü …), đ ŋ ŧ ǥ ʒ become d n t g z,
 *   and the Skolt ʹ is removed, so "samediggi" finds "Sámediggi";
 * - en: every diacritic is dropped, å ä ö included, and the letters above get plain spellings;
 * - all: typographic dashes and quotes become - ' and ".
 *
 * Precomposed and decomposed input compare alike (a combining mark is composed first).
 *
 * Lower case is `toLowerCase()`: for fi, sv and en it is the same as `toLocaleLowerCase`
 * (only Turkish, Azeri and Lithuanian have rules of their own; a test pins this), and several
 * times faster, which matters at 100 000 opportunities. Characters that may change then go
 * through a table filled on first sight, rather than normalising whole strings to NFD and back;
 * Finnish text with only å ä ö besides ASCII is returned as soon as it is lower-cased.
 */
export function normaliseForSearch(text: string, lang: UiLanguage): string {
  let s = text.toLowerCase()
  const english = lang === 'en'
  if (!(english ? ENGLISH_CHANGING : NORDIC_CHANGING).test(s)) return s
  if (COMBINING_MARK.test(s)) s = s.normalize('NFC')
  const table = english ? englishTable : nordicTable
  // Copy the unchanged stretches whole; only the characters that change are looked up.
  let out = ''
  let from = 0
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i)
    if (unit < 0x80 || (!english && (unit === 0xe4 || unit === 0xe5 || unit === 0xf6))) continue
    let folded = table[unit]
    if (folded === undefined) {
      folded = foldCharacter(String.fromCharCode(unit), english)
      table[unit] = folded
    }
    if (folded.length === 1 && folded.charCodeAt(0) === unit) continue
    out += s.slice(from, i) + folded
    from = i + 1
  }
  if (from === 0) return s
  out += s.slice(from)
  return BEYOND_LATIN1.test(out) ? out : latin1Copy(out)
}

const BEYOND_LATIN1 = /[\u0100-\uffff]/
/** Characters per String.fromCharCode call, well inside any engine's argument limit. */
const CHARS_PER_CALL = 4096

/**
 * The same text, made from its character codes. A string made from pieces of one that had a
 * character beyond Latin-1 (Sámi č, ŋ) keeps its two bytes a character after folding made it
 * plain ASCII; V8 stores a string made from codes that fit one byte at one byte a character.
 * It halves the search index's memory for such texts, and the blocks they are joined into
 * (search-texts.ts), since one such text would make its whole block two-byte.
 */
function latin1Copy(text: string): string {
  const codes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i)
  let out = ''
  for (let i = 0; i < codes.length; i += CHARS_PER_CALL)
    out += String.fromCharCode(...codes.subarray(i, i + CHARS_PER_CALL))
  return out
}

declare const searchTermsBrand: unique symbol
/** The normalised terms of a query, from `searchTerms`; empty matches everything. */
export type SearchTerms = readonly string[] & { readonly [searchTermsBrand]: true }

/** A query split on whitespace into normalised terms (duplicates and empty terms removed). */
export function searchTerms(query: string, lang: UiLanguage): SearchTerms {
  const terms: string[] = []
  for (const raw of query.split(/\s+/)) {
    if (raw === '') continue
    const term = normaliseForSearch(raw, lang)
    // A term made only of removed marks (a lone ʹ) would match everything: skip it.
    if (term !== '' && !terms.includes(term)) terms.push(term)
  }
  return terms as readonly string[] as SearchTerms
}

/**
 * Whether every term occurs in the normalised text (`normaliseForSearch`, or an entry of a
 * search index). No allocation: safe in a loop over 100 000 texts.
 */
export function matchesSearch(normalisedText: string, terms: SearchTerms): boolean {
  for (let i = 0; i < terms.length; i++) {
    if (!normalisedText.includes(terms[i] as string)) return false
  }
  return true
}

/**
 * CSV for Excel, as the table and the decisions write it: UTF-8 with a byte-order mark (so
 * Excel reads ä ö å and Sámi letters right), quoting by RFC 4180 (CRLF between records), a
 * semicolon or a comma between fields, and numbers as the chosen locale writes them: with the
 * semicolon (Finnish and Swedish Excel) the decimal separator is a comma.
 *
 * Text that a spreadsheet would read as a formula is neutralised with a leading apostrophe:
 * text starting with =, +, @, a tab or a carriage return, or with - unless the text is a
 * number ("-5" stays), also after leading white space or line breaks (a spreadsheet trims
 * them) and in the fullwidth forms ＝ ＋ － ＠ (which some read as their ASCII twins).
 * papaparse's `escapeFormulae` also neutralises "-5" and misses the rest, so this file does
 * its own.
 */

export type CsvDelimiter = ';' | ','

export interface CsvOptions {
  delimiter: CsvDelimiter
  /** Decimal comma in numbers; by default with the semicolon. */
  decimalComma?: boolean
}

export const BOM = '\ufeff'
/** A formula's first character after any white space: ASCII or fullwidth. */
const FORMULA_START =
  /^[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]/
const NUMBER_TEXT = /^-\d+(?:[.,]\d+)?$/

/** The text with a leading apostrophe when a spreadsheet would run it as a formula. */
export function neutraliseFormula(text: string): string {
  if (text.startsWith('\t') || text.startsWith('\r')) return `'${text}`
  return FORMULA_START.test(text) && !NUMBER_TEXT.test(text) ? `'${text}` : text
}

/** A number as Excel reads it: no exponent, no grouping, at most 6 decimals. */
export function csvNumber(n: number, decimalComma: boolean): string {
  if (!Number.isFinite(n)) return ''
  // toFixed writes an exponent from 1e21 on; a number that large is a whole number.
  if (Math.abs(n) >= 1e21) return BigInt(n).toString()
  let s = Number.isInteger(n) ? n.toFixed(0) : n.toFixed(6)
  if (s.includes('.')) s = s.replace(/\.?0+$/, '')
  if (s === '-0') s = '0'
  return decimalComma ? s.replace('.', ',') : s
}

/** One field: numbers as numbers, text neutralised and quoted where RFC 4180 needs it. */
export function csvField(value: string | number | null, options: CsvOptions): string {
  if (value === null) return ''
  const text =
    typeof value === 'number'
      ? csvNumber(value, options.decimalComma ?? options.delimiter === ';')
      : neutraliseFormula(value)
  const needsQuotes =
    text.includes(options.delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r')
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text
}

/** The whole file: byte-order mark, header record, one record per row, CRLF line ends. */
export function writeCsv(
  header: readonly string[],
  rows: Iterable<readonly (string | number | null)[]>,
  options: CsvOptions,
): string {
  const line = (cells: readonly (string | number | null)[]) =>
    cells.map((c) => csvField(c, options)).join(options.delimiter)
  const lines = [line(header)]
  for (const row of rows) lines.push(line(row))
  return `${BOM}${lines.join('\r\n')}\r\n`
}

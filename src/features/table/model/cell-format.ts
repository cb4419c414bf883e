import type { ColumnKind } from './table-columns.ts'
import type { CellValue } from './table-row-model.ts'

/**
 * Cell text as the table shows it, in the UI locale: numbers grouped (budgets in whole euros,
 * scores to one decimal), days as the locale writes dates. Formatters are made once per
 * locale and kind: the grid formats a few hundred cells per frame while scrolling.
 */

const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

function numberFormat(locale: string, maxDigits: number): Intl.NumberFormat {
  const key = `${locale}|${maxDigits}`
  let f = numberFormats.get(key)
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits })
    numberFormats.set(key, f)
  }
  return f
}

function dateFormat(locale: string): Intl.DateTimeFormat {
  let f = dateFormats.get(locale)
  if (f === undefined) {
    // Days are calendar days: formatted in UTC so no time zone moves them.
    f = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    })
    dateFormats.set(locale, f)
  }
  return f
}

/** Fraction digits shown per number column: money and counts none, scores one. */
function digitsOf(columnId: string): number {
  switch (columnId) {
    case 'budget':
    case 'funding':
    case 'rank':
    case 'rankThen':
    case 'rankDelta':
    case 'sources':
      return 0
    default:
      return columnId.startsWith('score.') ? 2 : 1
  }
}

export function formatCell(
  kind: ColumnKind,
  columnId: string,
  value: CellValue,
  locale: string,
): string {
  if (value === null) return ''
  // Places moved up show a plus, so the direction never rests on a colour or a column name.
  if (typeof value === 'number' && columnId === 'rankDelta' && value > 0)
    return `+${numberFormat(locale, 0).format(value)}`
  if (typeof value === 'number') return numberFormat(locale, digitsOf(columnId)).format(value)
  if (kind === 'date') {
    const [y, m, d] = value.split('-').map(Number)
    if (y === undefined || m === undefined || d === undefined) return value
    return dateFormat(locale).format(new Date(Date.UTC(y, m - 1, d)))
  }
  return value
}

/** A sum of euros for a group's summary line. */
export function formatEuroSum(value: number, locale: string): string {
  return `${numberFormat(locale, 0).format(value)} €`
}

export function formatMean(value: number, locale: string): string {
  return numberFormat(locale, 1).format(value)
}

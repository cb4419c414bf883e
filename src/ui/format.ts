/** Intl formatters for the UI locale, cached: made once per locale, not once per cell. */
const numberFormats = new Map<string, Intl.NumberFormat>()
const euroFormats = new Map<string, Intl.NumberFormat>()

export function formatNumber(locale: string, n: number, fractionDigits = 0): string {
  const key = `${locale}|${fractionDigits}`
  let f = numberFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      maximumFractionDigits: fractionDigits,
      minimumFractionDigits: fractionDigits,
    })
    numberFormats.set(key, f)
  }
  return f.format(n)
}

export function formatEuros(locale: string, n: number): string {
  let f = euroFormats.get(locale)
  if (!f) {
    f = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    })
    euroFormats.set(locale, f)
  }
  return f.format(n)
}

/** A 0..1 score as 0–100, the scale people read at a glance. */
export function formatScore(locale: string, value: number): string {
  return formatNumber(locale, value * 100, 0)
}

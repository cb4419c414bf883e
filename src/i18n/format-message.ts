/**
 * A small subset of ICU MessageFormat: `{name}` and `{name, plural, one {…} other {…}}`
 * (with `=0`-style exact cases and `#` for the number). It covers every message in the
 * catalogs at a few hundred bytes, where a full ICU runtime would cost more than the rest of
 * the overview's code; numbers are formatted with Intl for the UI language.
 */

export type MessageParams = Readonly<Record<string, string | number>>

const pluralRulesCache = new Map<string, Intl.PluralRules>()
const numberFormatCache = new Map<string, Intl.NumberFormat>()

function pluralRules(locale: string): Intl.PluralRules {
  let r = pluralRulesCache.get(locale)
  if (!r) pluralRulesCache.set(locale, (r = new Intl.PluralRules(locale)))
  return r
}

function formatNumber(locale: string, n: number): string {
  let f = numberFormatCache.get(locale)
  if (!f)
    numberFormatCache.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })))
  return f.format(n)
}

/** Index of the `}` that closes the `{` at `open`. */
function matching(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++
    else if (text[i] === '}' && --depth === 0) return i
  }
  return -1
}

function formatValue(locale: string, value: string | number | undefined, name: string): string {
  if (value === undefined) return `{${name}}`
  return typeof value === 'number' ? formatNumber(locale, value) : value
}

function plural(locale: string, body: string, value: number, params: MessageParams): string {
  const cases = new Map<string, string>()
  let i = 0
  while (i < body.length) {
    const open = body.indexOf('{', i)
    if (open < 0) break
    const selector = body.slice(i, open).trim()
    const close = matching(body, open)
    if (close < 0) break
    cases.set(selector, body.slice(open + 1, close))
    i = close + 1
  }
  const chosen =
    cases.get(`=${value}`) ??
    cases.get(pluralRules(locale).select(value)) ??
    cases.get('other') ??
    ''
  return formatMessage(locale, chosen.replace(/#/g, formatNumber(locale, value)), params)
}

export function formatMessage(locale: string, template: string, params: MessageParams): string {
  let out = ''
  let i = 0
  while (i < template.length) {
    const open = template.indexOf('{', i)
    if (open < 0) {
      out += template.slice(i)
      break
    }
    out += template.slice(i, open)
    const close = matching(template, open)
    if (close < 0) {
      out += template.slice(open)
      break
    }
    const inner = template.slice(open + 1, close)
    const comma = inner.indexOf(',')
    if (comma < 0) {
      const name = inner.trim()
      out += formatValue(locale, params[name], name)
    } else {
      const name = inner.slice(0, comma).trim()
      const rest = inner.slice(comma + 1)
      const comma2 = rest.indexOf(',')
      const kind = rest.slice(0, comma2).trim()
      const value = params[name]
      if (kind === 'plural' && typeof value === 'number')
        out += plural(locale, rest.slice(comma2 + 1), value, params)
      else out += formatValue(locale, value, name)
    }
    i = close + 1
  }
  return out
}

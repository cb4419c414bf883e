import type { Theme } from '../domain/format/export-schema.ts'

/**
 * How a theme looks in every chart (matrix bubbles, roadmap bars, legends), so the matrix and
 * the roadmap agree: a colour, and a second cue that is not colour (WCAG 1.4.1) — a symbol
 * for points and a fill pattern for bars.
 *
 * Colours: the export's own `color` when given; otherwise Okabe & Ito's palette, chosen to
 * stay distinguishable with the common colour-vision deficiencies, minus its yellow (too
 * little contrast on white for a 3:1 graphics ratio).
 */

/**
 * Okabe–Ito, reordered so neighbouring themes differ most. Sky blue and orange fall below 3:1
 * against white: charts draw every mark with a dark outline, which carries the contrast.
 */
export const THEME_PALETTE = [
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#009E73', // bluish green
  '#CC79A7', // reddish purple
  '#56B4E9', // sky blue
  '#E69F00', // orange
  '#000000', // black
] as const

/** Point symbols, named as d3-shape's `symbol*` types so a chart maps them directly. */
export const THEME_SYMBOLS = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'cross',
  'star',
  'wye',
] as const
export type ThemeSymbol = (typeof THEME_SYMBOLS)[number]

/** Fill patterns for bars; `solid` first so the first theme is plain. */
export const THEME_PATTERNS = [
  'solid',
  'diagonal',
  'dots',
  'horizontal',
  'crosshatch',
  'vertical',
  'zigzag',
] as const
export type ThemePattern = (typeof THEME_PATTERNS)[number]

export interface ThemeStyle {
  themeId: string
  colour: string
  symbol: ThemeSymbol
  pattern: ThemePattern
}

/**
 * The style of each theme, by the theme's position in the export's `themes` list (stable for
 * a dataset, whatever the filters). Symbols and patterns cycle independently of colours, so
 * two themes never share both even past seven themes (up to 49).
 */
export function themeStyles(themes: readonly Theme[]): Map<string, ThemeStyle> {
  const styles = new Map<string, ThemeStyle>()
  themes.forEach((theme, i) => {
    styles.set(theme.id, {
      themeId: theme.id,
      colour: theme.color ?? (THEME_PALETTE[i % THEME_PALETTE.length] as string),
      symbol: THEME_SYMBOLS[
        (i + Math.floor(i / THEME_SYMBOLS.length)) % THEME_SYMBOLS.length
      ] as ThemeSymbol,
      pattern: THEME_PATTERNS[i % THEME_PATTERNS.length] as ThemePattern,
    })
  })
  return styles
}

/** For an opportunity whose theme is not in the list (cannot happen in a loaded export). */
export const UNKNOWN_THEME_STYLE: ThemeStyle = Object.freeze({
  themeId: '',
  colour: '#595959',
  symbol: 'circle',
  pattern: 'solid',
})

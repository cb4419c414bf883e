import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape'
import type { ThemeStyle, ThemeSymbol } from '../../ui/theme-style.ts'

/** The same d3-shape symbols the matrix draws for each theme, so a theme looks alike in both. */
export const SYMBOL_TYPES: Record<ThemeSymbol, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
  wye: symbolWye,
}

const paths = new Map<ThemeSymbol, string>()

/** The symbol's path, centred on 0,0, of d3-shape's area 80 (about 10 units across). */
export function symbolPath(name: ThemeSymbol): string {
  let d = paths.get(name)
  if (d === undefined) {
    d = symbol(SYMBOL_TYPES[name], 80)() ?? ''
    paths.set(name, d)
  }
  return d
}

/** A theme's symbol in its colour, beside its name (decorative: the name says which). */
export function ThemeSymbolMark({ style }: { style: ThemeStyle }) {
  return (
    <svg className="theme-symbol" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <path d={symbolPath(style.symbol)} fill={style.colour} stroke="#1a1a1a" strokeWidth="1" />
    </svg>
  )
}

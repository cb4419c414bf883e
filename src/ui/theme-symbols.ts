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
import type { ThemeSymbol } from './theme-style.ts'

/** d3-shape's symbol for each theme symbol name of `theme-style.ts`. */
export const SYMBOL_TYPES: Record<ThemeSymbol, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  triangle: symbolTriangle,
  diamond: symbolDiamond,
  cross: symbolCross,
  star: symbolStar,
  wye: symbolWye,
}

/**
 * How far each symbol reaches beyond the circle of the same area, so that collisions are
 * computed on what the eye sees (a triangle's tips reach further than a circle's edge).
 */
export const SYMBOL_REACH: Record<ThemeSymbol, number> = {
  circle: 1,
  square: 1.15,
  // Tips reach further (a triangle's 1.56, a diamond's and a star's about 1.65) but are
  // thin: letting tips touch keeps crowded clusters compact without hiding anything.
  triangle: 1.35,
  diamond: 1.35,
  cross: 1.2,
  star: 1.4,
  wye: 1.25,
}

/**
 * The SVG path of a theme symbol centred on 0,0 with the area of a circle of radius `r`, so
 * that size means the same whatever the shape. Paths are cached: a chart has a handful of
 * shapes and sizes.
 */
const cache = new Map<string, string>()
export function symbolPath(name: ThemeSymbol, r: number): string {
  const key = `${name}|${r.toFixed(2)}`
  let d = cache.get(key)
  if (d === undefined) {
    d = symbol(SYMBOL_TYPES[name], Math.PI * r * r)() ?? ''
    if (cache.size > 2000) cache.clear()
    cache.set(key, d)
  }
  return d
}

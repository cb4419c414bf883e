import { symbolPath } from '../../ui/theme-symbols.ts'
import type { ThemeStyle, ThemeSymbol } from '../../ui/theme-style.ts'

/** The radius whose circle has d3-shape's default symbol area (80): about 10 units across. */
const MARK_RADIUS = Math.sqrt(80 / Math.PI)

/** A theme symbol's path for a small mark, centred on 0,0, the shape the matrix draws. */
export function markPath(name: ThemeSymbol): string {
  return symbolPath(name, MARK_RADIUS)
}

/** A theme's symbol in its colour, beside its name (decorative: the name says which). */
export function ThemeSymbolMark({ style }: { style: ThemeStyle }) {
  return (
    <svg className="theme-symbol" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
      <path d={markPath(style.symbol)} fill={style.colour} stroke="#1a1a1a" strokeWidth="1" />
    </svg>
  )
}

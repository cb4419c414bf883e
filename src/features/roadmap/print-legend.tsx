import type { ThemeStyle } from '../../ui/theme-style.ts'
import type { Sizes } from './model/geometry.ts'
import { hatchPath } from './model/print-hatch.ts'
import { INK } from './timeline-marks.tsx'

/** The printout's legend: each theme's swatch (vector, as the bars) and name, then notes. */
export interface PrintLegendLayout {
  height: number
  items: { x: number; y: number; label: string; style: ThemeStyle }[]
  notes: { x: number; y: number; text: string }[]
}

const SWATCH_W = 24

/** Items flow left to right in rows, widths estimated from the text's length. */
export function printLegendLayout(
  items: readonly { label: string; style: ThemeStyle }[],
  notes: readonly string[],
  width: number,
  sizes: Sizes,
): PrintLegendLayout {
  const lineH = Math.round(sizes.unit * 1.6)
  const charW = sizes.font * 0.55
  let x = 0
  let y = lineH * 0.75
  const placed = items.map((item) => {
    const w = SWATCH_W + 6 + item.label.length * charW + 18
    if (x > 0 && x + w > width) {
      x = 0
      y += lineH
    }
    const at = { x, y, ...item }
    x += w
    return at
  })
  const placedNotes = notes.map((text) => {
    const w = text.length * charW + 24
    if (x > 0 && x + w > width) {
      x = 0
      y += lineH
    }
    const at = { x, y, text }
    x += w
    return at
  })
  return { height: Math.ceil(y + lineH * 0.6), items: placed, notes: placedNotes }
}

export function PrintLegend({
  layout,
  y,
  sizes,
}: {
  layout: PrintLegendLayout
  y: number
  sizes: Sizes
}) {
  const h = sizes.barH
  return (
    <g transform={`translate(0,${y})`} fontSize={sizes.font} fill={INK}>
      {layout.items.map((item) => {
        const top = item.y - h + 2
        const hatch = hatchPath(item.style.pattern, item.x, top, SWATCH_W, h)
        return (
          <g key={item.style.themeId}>
            <rect x={item.x} y={top} width={SWATCH_W} height={h} fill={item.style.colour} />
            {hatch ? (
              <path
                d={hatch.d}
                fill={hatch.paint === 'fill' ? '#ffffff' : 'none'}
                stroke={hatch.paint === 'stroke' ? '#ffffff' : 'none'}
                strokeWidth={1.6}
                clipPath={`url(#rmp-legend-${item.style.themeId})`}
              />
            ) : null}
            <clipPath id={`rmp-legend-${item.style.themeId}`}>
              <rect x={item.x} y={top} width={SWATCH_W} height={h} />
            </clipPath>
            <rect x={item.x} y={top} width={SWATCH_W} height={h} fill="none" stroke={INK} />
            <text x={item.x + SWATCH_W + 6} y={item.y}>
              {item.label}
            </text>
          </g>
        )
      })}
      {layout.notes.map((n) => (
        <text key={n.text} x={n.x} y={n.y}>
          {n.text}
        </text>
      ))}
    </g>
  )
}

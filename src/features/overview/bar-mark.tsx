/**
 * One horizontal bar, as a share of the row's width: the chart's scale (d3-scale) gives the
 * share, the SVG stretches to the row. Hidden from assistive technology: the row's text says
 * the same number.
 */
export function BarMark({
  share,
  colour,
  faint = false,
}: {
  /** 0..1 of the track. */
  share: number
  colour: string
  faint?: boolean
}) {
  const width = Math.max(0, Math.min(1, share)) * 100
  return (
    <svg
      className="bar-mark"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect
        x="0"
        y="0"
        width={width}
        height="10"
        fill={colour}
        fillOpacity={faint ? 0.45 : 1}
        stroke="#1a1a1a"
        strokeWidth={width > 0 ? 0.6 : 0}
        vectorEffect="non-scaling-stroke"
      />
    </svg>
  )
}

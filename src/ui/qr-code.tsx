import { useMemo } from 'react'
import { qrPath } from './qr-path.ts'

interface Props {
  /** The address the code opens; only the app's own addresses are given here. */
  value: string
  /** What the code opens, for screen readers and for the picture's title. */
  label: string
  /** Side in CSS pixels. */
  size?: number
  className?: string
}

/** A QR code drawn in the browser as vector SVG; dark on white whatever the theme, so it scans. */
export function QrCode({ value, label, size = 128, className }: Props) {
  const { size: modules, d } = useMemo(() => qrPath(value), [value])
  return (
    <svg
      className={className}
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${modules} ${modules}`}
      shapeRendering="crispEdges"
      data-qr-value={value}
    >
      <rect width={modules} height={modules} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  )
}

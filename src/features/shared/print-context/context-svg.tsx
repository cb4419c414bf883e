import type { ContextSvgLayout } from './context-svg-layout.ts'

/** The context block inside an SVG picture drawn with React (the roadmap's export). */
export function ContextSvg({
  layout,
  y,
  width,
  fontSize,
  fontFamily,
}: {
  layout: ContextSvgLayout
  y: number
  width: number
  fontSize: number
  fontFamily?: string
}) {
  const { qr } = layout
  return (
    <g transform={`translate(0,${y})`} fontSize={fontSize} fontFamily={fontFamily}>
      <rect width={width} height={layout.height} fill="#ffffff" />
      <line x1={0} x2={width} y1={0.5} y2={0.5} stroke="#6b6b6b" />
      {layout.texts.map((t, i) => (
        <text key={i} x={t.x} y={t.y} fill="#1a1a1a" fontWeight={t.bold ? 700 : 400}>
          {t.text}
        </text>
      ))}
      <g transform={`translate(${qr.x},${qr.y}) scale(${qr.scale})`} shapeRendering="crispEdges">
        <rect width={qr.modules} height={qr.modules} fill="#ffffff" />
        <path d={qr.d} fill="#000000" />
      </g>
    </g>
  )
}

import { useState, type RefObject } from 'react'
import { downloadBlob, svgToPng } from '../../ui/file-download.ts'
import { chartSvgMarkup, type ExportOptions } from './chart-export.ts'

export type ImageKind = 'svg' | 'png'

/**
 * Downloads the chart in `wrapperRef` as an SVG or PNG image, with the heading, legend and
 * notes that `describe` gives at the time of the click. `failed` says the last try failed
 * (a browser that cannot draw the SVG on a canvas), so the page can say so.
 */
export function useChartExport(
  wrapperRef: RefObject<HTMLElement | null>,
  describe: () => ExportOptions,
) {
  const [failed, setFailed] = useState(false)
  const exportImage = async (kind: ImageKind) => {
    const wrapper = wrapperRef.current
    if (!wrapper) return
    setFailed(false)
    try {
      const { markup, width, height } = chartSvgMarkup(wrapper, describe())
      const blob =
        kind === 'svg'
          ? new Blob([markup], { type: 'image/svg+xml' })
          : await svgToPng(markup, width, height)
      downloadBlob(blob, `kasvukartta-matrix.${kind}`)
    } catch {
      setFailed(true)
    }
  }
  return { exportImage, failed }
}

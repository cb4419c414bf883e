/**
 * Files the user saves from a view (CSV, JSON, SVG, PNG, saved views): made in the page and
 * handed to the browser's download, so nothing leaves the machine.
 */

/** Saves a blob under `fileName` through a temporary link. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.hidden = true
  document.body.append(a)
  a.click()
  a.remove()
  // Some browsers read the URL after the click's task; a few seconds is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Saves text as a file of the given type. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName)
}

/** Canvas sides past this fail in browsers; a very large picture is scaled down to fit. */
const MAX_CANVAS_SIDE = 16_000

/** The SVG drawn onto a canvas (twice the pixels when it fits) and encoded as PNG. */
export async function svgToPng(markup: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }))
  try {
    const img = new Image()
    img.decoding = 'async'
    img.src = url
    await img.decode()
    const ratio = Math.min(2, MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height)
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.floor(width * ratio))
    canvas.height = Math.max(1, Math.floor(height * ratio))
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('No 2D canvas.')
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((ok, fail) =>
      canvas.toBlob((b) => (b ? ok(b) : fail(new Error('No PNG.'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** "2026-11-27": today's local date, for file names. */
export function today(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

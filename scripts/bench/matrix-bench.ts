import type { Page } from '@playwright/test'
import { median, pad, type BrowserBench } from './browser-harness.ts'

/**
 * The prioritisation matrix with generated exports, measured inside the page:
 *
 * - 10 000 opportunities: from navigation to the matrix drawn (data load included), and from a
 *   key press on a weight slider to the next painted frame with the new layout. Target: a
 *   weight change repaints within 100 ms.
 * - 100 000 opportunities: the longest main-thread task while the matrix is drawn (from the
 *   page's first render with data to the chart on screen), and over the whole load. Target:
 *   no task over 500 ms while drawing.
 *
 * The chart marks every finished drawing by bumping `data-drawn` on `.matrix-chart`.
 */

interface Probe {
  drawnAt: number[]
  matrixAt: number
  tasks: { start: number; duration: number }[]
}

/** Installed before navigation: records long tasks, the matrix's first render and drawings. */
async function installProbe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const probe: Probe = { drawnAt: [], matrixAt: 0, tasks: [] }
    ;(window as unknown as { __matrix: Probe }).__matrix = probe
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          probe.tasks.push({ start: e.startTime, duration: e.duration })
      }).observe({ type: 'longtask', buffered: true })
    } catch {
      // no long-task timing in this browser
    }
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element
        if (r.type === 'attributes' && el.classList.contains('matrix-chart'))
          probe.drawnAt.push(performance.now())
        if (
          r.type === 'childList' &&
          probe.matrixAt === 0 &&
          document.querySelector('.matrix-layout')
        )
          probe.matrixAt = performance.now()
      }
    }).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-drawn'],
    })
  })
}

const probe = (page: Page) =>
  page.evaluate(() => (window as unknown as { __matrix: Probe }).__matrix)

async function waitDrawn(page: Page, timeout: number): Promise<void> {
  await page.locator('.matrix-chart[data-drawn]').waitFor({ state: 'attached', timeout })
}

/** Key press on the focused slider → next frame painted after the chart redrew, in ms. */
async function weightChange(page: Page, key: 'ArrowRight' | 'ArrowLeft'): Promise<number> {
  // Installed and confirmed before the key is sent, so the key cannot overtake it.
  await page.evaluate(() => {
    const w = window as unknown as { __change: Promise<number> }
    w.__change = new Promise<number>((ok) => {
      const chart = document.querySelector('.matrix-chart') as HTMLElement
      const before = chart.dataset.drawn
      let t0 = 0
      window.addEventListener(
        'keydown',
        () => {
          t0 = performance.now()
        },
        { capture: true, once: true },
      )
      // A key that changes nothing (a slider at its end) must not hang the run.
      setTimeout(() => ok(Number.NaN), 10_000)
      const observer = new MutationObserver(() => {
        if (chart.dataset.drawn === before) return
        observer.disconnect()
        requestAnimationFrame(() => setTimeout(() => ok(performance.now() - t0), 0))
      })
      observer.observe(chart, { attributes: true, attributeFilter: ['data-drawn'] })
    })
  })
  await page.keyboard.press(key)
  return page.evaluate(() => (window as unknown as { __change: Promise<number> }).__change)
}

export async function run(bench: BrowserBench): Promise<void> {
  console.log('\nMatrix (Chromium, in-page timings)')

  // --- 10 000 -------------------------------------------------------------------------------
  const page = await bench.newPage({ width: 1920, height: 1080 })
  await installProbe(page)
  await page.goto(bench.appUrl('/matrix', 10_000))
  await waitDrawn(page, 120_000)
  const first = await probe(page)
  const mode = await page.locator('.matrix-chart').getAttribute('data-mode')
  const slider = page.getByRole('slider').first()
  await slider.focus()
  // The first slider starts at the export's 1.5 of a 0–3 range: right and left stay inside.
  const samples: number[] = []
  for (let i = 0; i < 15; i++)
    samples.push(await weightChange(page, i % 2 ? 'ArrowLeft' : 'ArrowRight'))
  const after = await probe(page)
  const missed = samples.filter((v) => Number.isNaN(v)).length
  const ok = samples.filter((v) => !Number.isNaN(v))
  const navToDrawn = first.drawnAt[0] ?? Number.NaN
  const weightMs = median(ok)
  console.log(`${pad('case', 52)} ${pad('figure', 10)} ${pad('target', 8)}`)
  console.log(
    `${pad(`10 000: navigation → matrix drawn (${mode}, data load included)`, 52)} ${pad(`${navToDrawn.toFixed(0)} ms`, 10)} ${pad('–', 8)}`,
  )
  console.log(
    `${pad('10 000: slider key → next painted frame (median of 15)', 52)} ${pad(`${weightMs.toFixed(0)} ms`, 10)} ${pad('100 ms', 8)}${weightMs > 100 ? '  ← over target' : ''}`,
  )
  console.log(
    `${pad('10 000: same, slowest of 15', 52)} ${pad(`${Math.max(...ok).toFixed(0)} ms`, 10)} ${pad('', 8)}${missed ? `  (${missed} without a redraw)` : ''}`,
  )
  const changeTasks = after.tasks.filter((t) => t.start > (first.drawnAt[0] ?? 0) + 1000)
  console.log(
    `${pad('10 000: longest task during the weight changes', 52)} ${pad(`${Math.max(0, ...changeTasks.map((t) => t.duration)).toFixed(0)} ms`, 10)}`,
  )
  await page.close()

  // --- 100 000 ------------------------------------------------------------------------------
  const big = await bench.newPage({ width: 1920, height: 1080 })
  await installProbe(big)
  await big.goto(bench.appUrl('/matrix', 100_000))
  await waitDrawn(big, 300_000)
  await big.waitForTimeout(500)
  const p = await probe(big)
  const drawnAt = p.drawnAt[0] ?? Number.NaN
  const drawing = p.tasks.filter(
    (t) => t.start + t.duration >= p.matrixAt - 1 && t.start <= drawnAt,
  )
  const longestDrawing = Math.max(0, ...drawing.map((t) => t.duration))
  const longestAll = Math.max(0, ...p.tasks.map((t) => t.duration))
  console.log(
    `${pad('100 000: navigation → matrix drawn', 52)} ${pad(`${drawnAt.toFixed(0)} ms`, 10)} ${pad('–', 8)}`,
  )
  console.log(
    `${pad('100 000: longest main-thread task while drawing', 52)} ${pad(`${longestDrawing.toFixed(0)} ms`, 10)} ${pad('500 ms', 8)}${longestDrawing > 500 ? '  ← over target' : ''}`,
  )
  console.log(
    `${pad('100 000: longest task over the whole load', 52)} ${pad(`${longestAll.toFixed(0)} ms`, 10)} ${pad('', 8)}`,
  )
  await big.close()
}

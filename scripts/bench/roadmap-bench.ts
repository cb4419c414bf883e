/**
 * The roadmap at 10 000 generated opportunities in Chromium: navigation to the timeline drawn,
 * and from an input (zoom button, pan button, drag, Shift + wheel, vertical scroll, arrow key)
 * to the next painted frame that shows its result. Target: zoom and pan within 100 ms.
 *
 * Input-to-paint is measured in the page: a capture listener notes the time of the input
 * event, a MutationObserver sees the timeline change, and the time is read after the next
 * animation frame (the frame that paints the change).
 */
import type { Page } from '@playwright/test'
import { longestTask, median, pad, recordLongTasks, type BrowserBench } from './browser-harness.ts'

const COUNT = 10_000
const RUNS = 7
const TARGET_MS = 100

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __armed: boolean
      __t0: number
      __nextPaint: () => Promise<number>
    }
    w.__armed = false
    w.__t0 = 0
    const mark = () => {
      if (w.__armed) {
        w.__armed = false
        w.__t0 = performance.now()
      }
    }
    for (const type of ['click', 'pointermove', 'wheel', 'keydown', 'scroll'])
      window.addEventListener(type, mark, { capture: true, passive: true })
    w.__nextPaint = () =>
      new Promise<number>((resolve) => {
        w.__armed = true
        // An input that changes nothing (a pan at the domain's edge) gives no sample.
        const timer = setTimeout(() => {
          mo.disconnect()
          resolve(Number.NaN)
        }, 3000)
        const target = document.querySelector('.rm-timeline') ?? document.body
        const mo = new MutationObserver(() => {
          mo.disconnect()
          clearTimeout(timer)
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - w.__t0), 0))
        })
        mo.observe(target, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        })
      })
  })
}

/** Runs `action` while the page waits for its next change and paint; returns the ms. */
async function inputToPaint(page: Page, action: () => Promise<void>): Promise<number> {
  const result = page.evaluate(() =>
    (window as unknown as { __nextPaint: () => Promise<number> }).__nextPaint(),
  )
  await page.waitForTimeout(30)
  await action()
  const ms = await result
  await page.waitForTimeout(250) // let the URL commit and any follow-up render settle
  return ms
}

function row(name: string, all: number[]): void {
  const samples = all.filter((x) => Number.isFinite(x))
  if (samples.length === 0) {
    console.log(`${name.padEnd(40)} no change seen`)
    return
  }
  const m = median(samples)
  const max = Math.max(...samples)
  console.log(
    `${name.padEnd(40)} ${pad(m.toFixed(1), 9)} ${pad(max.toFixed(1), 9)}  ${m <= TARGET_MS ? 'ok' : `over ${TARGET_MS} ms`}`,
  )
}

export async function run(bench: BrowserBench): Promise<void> {
  console.log(`\nRoadmap at ${COUNT.toLocaleString('en')} opportunities (Chromium, 1920×1080)`)
  const page = await bench.newPage({ width: 1920, height: 1080 })
  await recordLongTasks(page)
  const t0 = Date.now()
  await page.goto(bench.appUrl('/roadmap', COUNT, 'zoom=quarter'))
  await page.locator('.rm-lanes a[data-id]').first().waitFor({ timeout: 180_000 })
  const drawnAt = await page.evaluate(
    () =>
      new Promise<number>((ok) =>
        requestAnimationFrame(() => setTimeout(() => ok(performance.now()), 0)),
      ),
  )
  const wall = Date.now() - t0
  const bars = await page.locator('.rm-lanes a[data-id]').count()
  const lanes = await page.locator('.rm-lane').count()
  const longest = await longestTask(page)
  await installProbe(page)

  console.log(
    `${'case'.padEnd(40)} ${pad('median ms', 9)} ${pad('max ms', 9)}  target ${TARGET_MS} ms`,
  )
  console.log(
    `${'navigation → timeline drawn'.padEnd(40)} ${pad(drawnAt.toFixed(0), 9)} ${pad(wall, 9)}  (includes loading the ${(bench.dataBytes(COUNT) / 2 ** 20).toFixed(1)} MB export; ${bars} bars in the DOM of ${lanes} lanes; longest task ${longest.toFixed(0)} ms)`,
  )

  const zoom: number[] = []
  const names = ['Kuukaudet', 'Vuodet', 'Neljännekset']
  for (let i = 0; i < RUNS; i++) {
    const button = page.getByRole('button', { name: names[i % names.length], exact: true })
    zoom.push(await inputToPaint(page, () => button.click()))
  }
  row('zoom button → next painted frame', zoom)

  // Pan at quarter zoom.
  await page.getByRole('button', { name: 'Neljännekset', exact: true }).click()
  await page.waitForTimeout(300)
  const panButtons: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const button = page.getByRole('button', {
      name: i % 2 === 0 ? 'Myöhemmäksi' : 'Aiemmaksi',
      exact: true,
    })
    panButtons.push(await inputToPaint(page, () => button.click()))
  }
  row('pan button → next painted frame', panButtons)

  const box = await page.locator('.rm-lanes').boundingBox()
  if (box) {
    const drag: number[] = []
    const y = box.y + 300
    let x = box.x + 900
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x - 10, y) // past the drag threshold
    x -= 10
    for (let i = 0; i < RUNS; i++) {
      const dx = i % 2 === 0 ? -60 : 60
      drag.push(
        await inputToPaint(page, async () => {
          x += dx
          await page.mouse.move(x, y)
        }),
      )
    }
    await page.mouse.up()
    row('drag pan (pointer move) → next painted frame', drag)

    const wheel: number[] = []
    await page.mouse.move(box.x + 600, y)
    await page.keyboard.down('Shift')
    for (let i = 0; i < RUNS; i++)
      wheel.push(await inputToPaint(page, () => page.mouse.wheel(0, i % 2 === 0 ? 240 : -240)))
    await page.keyboard.up('Shift')
    row('Shift + wheel pan → next painted frame', wheel)
  }

  const scroll: number[] = []
  for (let i = 0; i < RUNS; i++)
    scroll.push(
      await inputToPaint(page, () =>
        page.evaluate((k) => {
          const el = document.querySelector('.rm-scroll')
          if (el) el.scrollTop = 3000 * (k + 1)
        }, i),
      ),
    )
  row('vertical scroll (virtualised) → painted', scroll)

  const keys: number[] = []
  await page.locator('.rm-lanes a[tabindex="0"]').focus()
  for (let i = 0; i < RUNS; i++)
    keys.push(await inputToPaint(page, () => page.keyboard.press('ArrowDown')))
  row('ArrowDown (roving focus) → next painted frame', keys)
  console.log(`longest main-thread task overall: ${(await longestTask(page)).toFixed(0)} ms`)
}

/**
 * npm run screenshots: the README's pictures of the overview, taken from the production build
 * with the demo export, at the forum's big screen (1920×1080) and a phone (390×844), of an
 * opportunity's slide in the forum presentation, and the first page of the roadmap's printout
 * as Chromium lays it out on A4 landscape. Run it after a change that alters their look, and
 * commit the pictures with the change. `--only=present` takes the slide alone, `--print-only`
 * the printed page alone, `--only=compare` the matrix compared with the earlier demo alone.
 */
import { mkdirSync } from 'node:fs'
import { withBrowserBench, type BrowserBench } from './bench/browser-harness.ts'

const OUT = 'docs/screenshots'
const SHOTS = [
  { file: 'overview-1920x1080.png', viewport: { width: 1920, height: 1080 } },
  { file: 'overview-390x844.png', viewport: { width: 390, height: 844 } },
] as const

/** The slide the README shows: the first opportunity of a three-item agenda, a decision taken. */
const SLIDE = {
  file: 'present-slide-1920x1080.png',
  viewport: { width: 1920, height: 1080 },
  query: 'present?agenda=kk-001,kk-002,kk-003&slide=3',
} as const

export async function main(args: string[]): Promise<number> {
  mkdirSync(OUT, { recursive: true })
  const onlyPresent = args.includes('--only=present')
  const onlyCompare = args.includes('--only=compare')
  await withBrowserBench(
    async (bench) => {
      if (onlyCompare) return void (await comparedMatrix(bench))
      if (!args.includes('--print-only')) {
        const page = await bench.newPage(SLIDE.viewport)
        await page.emulateMedia({ reducedMotion: 'reduce' })
        // A session to record in, and a decision taken by its key, as in a meeting.
        await page.goto(`${bench.baseUrl}sessions`)
        await page.getByLabel('Foorumi', { exact: true }).fill('Johtoryhmän strategiafoorumi')
        await page.getByRole('button', { name: 'Luo istunto' }).click()
        await page.getByText('otettiin käyttöön').waitFor()
        await page.goto(`${bench.baseUrl}${SLIDE.query}`)
        await page.locator('.slide-opportunity .slide-qr').waitFor()
        await page.keyboard.press('1')
        await page.getByText('Päätös: Priorisoidaan').waitFor()
        await page.waitForLoadState('networkidle')
        await page.screenshot({ path: `${OUT}/${SLIDE.file}` })
        console.log(`${OUT}/${SLIDE.file}`)
        await page.close()
        if (onlyPresent) return
        for (const { file, viewport } of SHOTS) {
          const page = await bench.newPage(viewport)
          await page.emulateMedia({ reducedMotion: 'reduce' })
          await page.goto(bench.baseUrl)
          // The dashboard's charts come after its figures: wait for the last of them.
          await page.locator('.top-card .top-ten li').nth(9).waitFor()
          await page.locator('.dash-grid:not(.dash-pending)').first().waitFor()
          await page.waitForLoadState('networkidle')
          await page.screenshot({ path: `${OUT}/${file}` })
          console.log(`${OUT}/${file}`)
          await page.close()
        }
        await comparedMatrix(bench)
      }
      await printedRoadmap(bench)
    },
    { outDir: 'dist-screenshots', skipBuild: args.includes('--skip-build') },
  )
  return 0
}

/** A4 landscape less the print margins (277 × 190 mm), in CSS pixels. */
const PRINTABLE_A4 = { width: 1047, height: 718 }

/** The roadmap's first printed page: the print medium at the paper's printable size. */
async function printedRoadmap(bench: BrowserBench) {
  const page = await bench.newPage(PRINTABLE_A4)
  await page.goto(new URL('roadmap', bench.baseUrl).href)
  await page.locator('.rm-timeline').waitFor()
  await page.emulateMedia({ media: 'print' })
  const first = page.locator('.rm-print-page').first()
  await first.waitFor()
  const file = `${OUT}/roadmap-print-a4.png`
  await first.screenshot({ path: file })
  console.log(file)
  await page.close()
}

/**
 * The README's "What changed" picture: the matrix compared with the same dataset one round
 * earlier (the build emits it beside the demo), arrows, ghosts and new marks drawn.
 */
async function comparedMatrix(bench: BrowserBench) {
  const page = await bench.newPage({ width: 1920, height: 1080 })
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(
    new URL('matrix?lang=en&compare=data%2Fgrowth-opportunities-earlier.json', bench.baseUrl).href,
  )
  await page.locator('svg.compare-overlay[data-arrows]').waitFor()
  await page.waitForLoadState('networkidle')
  const file = `${OUT}/matrix-compare-1920x1080.png`
  await page.screenshot({ path: file })
  console.log(file)
  await page.close()
}

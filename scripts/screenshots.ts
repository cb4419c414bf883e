/**
 * npm run screenshots: the README's pictures of the overview, taken from the production build
 * with the demo export, at the forum's big screen (1920×1080) and a phone (390×844). Run it
 * after a change that alters the overview's look, and commit the pictures with the change.
 */
import { mkdirSync } from 'node:fs'
import { withBrowserBench } from './bench/browser-harness.ts'

const OUT = 'docs/screenshots'
const SHOTS = [
  { file: 'overview-1920x1080.png', viewport: { width: 1920, height: 1080 } },
  { file: 'overview-390x844.png', viewport: { width: 390, height: 844 } },
] as const

export async function main(args: string[]): Promise<number> {
  mkdirSync(OUT, { recursive: true })
  await withBrowserBench(
    async (bench) => {
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
    },
    { outDir: 'dist-screenshots', skipBuild: args.includes('--skip-build') },
  )
  return 0
}

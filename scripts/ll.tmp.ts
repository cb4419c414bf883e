import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium.ts'

/** Times the flaky e2e case: a 4 000-record export via page.route, then the opportunity page. */
export async function main(args: string[]): Promise<number> {
  const base = args[0] ?? 'http://127.0.0.1:4183'
  const runs = Number(args[1] ?? 3)
  const demo = JSON.parse(readFileSync('/work/main/mocks/demo-export.json', 'utf8'))
  const opportunities = Array.from({ length: 4_000 }, (_, i) => {
    const record = structuredClone(demo.opportunities[i % 64])
    delete record.dependsOn
    return { ...record, id: `suuri-${i}`, title: { fi: `Suuri joukko, kohta ${i}` } }
  })
  opportunities[1_500].theme = 'no-such-theme'
  const large = JSON.stringify({ ...demo, opportunities })
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
  for (let r = 0; r < runs; r++) {
    const context = await browser.newContext({ locale: 'fi-FI' })
    const page = await context.newPage()
    const viaRoute = args.includes('--route')
    if (viaRoute)
      await page.route('**/exports/large.json', (route) =>
        route.fulfill({ contentType: 'application/json', body: large }),
      )
    const t0 = Date.now()
    await page.goto(`${base}/?data=exports/large.json`)
    await page.getByText(/^3\s999 kasvumahdollisuutta ladattu\./).waitFor({ timeout: 60_000 })
    const t1 = Date.now()
    const timings = await page.evaluate(() => ({
      marks: performance.getEntriesByType('mark').map((m) => `${m.name.replace('kasvukartta:', '')}@${m.startTime.toFixed(0)}`),
      res: performance
        .getEntriesByType('resource')
        .filter((e) => /large|page-records|overview-page|export-worker/.test(e.name))
        .map((e) => `${e.name.split('/').pop()?.slice(0, 20)} ${(e as PerformanceResourceTiming).startTime.toFixed(0)}-${(e as PerformanceResourceTiming).responseEnd.toFixed(0)}`),
    }))
    await page.goto(`${base}/opportunities/suuri-3999?data=exports/large.json`)
    await page.getByRole('heading', { level: 1, name: 'Suuri joukko, kohta 3999' }).waitFor({ timeout: 60_000 })
    const t2 = Date.now()
    console.log(`run ${r}: overview ${t1 - t0} ms, opportunity page ${t2 - t1} ms`, JSON.stringify(timings))
    await context.close()
  }
  await browser.close()
  return 0
}

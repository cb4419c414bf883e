import { withBrowserBench } from './bench/browser-harness.ts'
export async function main() {
  await withBrowserBench(
    async (b) => {
      for (const n of [1000, 10000, 100000]) {
        const p = await b.newPage()
        await p.goto(b.appUrl('/', n))
        await p.waitForFunction(
          () => document.querySelectorAll('main ol li a[href*="/opportunities/"]').length >= 10,
          undefined,
          { polling: 'raf', timeout: 120000 },
        )
        const r = await p.evaluate(() => ({
          now: performance.now(),
          res: performance
            .getEntriesByType('resource')
            .map((e) => [
              e.name.replace(location.origin, '').slice(0, 60),
              Math.round(e.startTime),
              Math.round((e as PerformanceResourceTiming).responseEnd),
            ]),
          nav: Math.round(
            (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
              .domContentLoadedEventEnd,
          ),
        }))
        console.log(n, JSON.stringify(r))
        await p.context().close()
      }
    },
    { outDir: 'dist-bench-me', skipBuild: true },
  )
  return 0
}

import { heapMb, withBrowserBench, type BrowserBench } from './browser-harness.ts'

export async function run(bench: BrowserBench): Promise<void> {
  const page = await bench.newPage()
  page.on('console', (m) => console.log('console', m.type(), m.text()))
  page.on('pageerror', (e) => console.log('pageerror', e.message))
  const t0 = Date.now()
  await page.goto(bench.appUrl('/', 100_000))
  await page.waitForTimeout(3000)
  for (let i = 0; i < 24; i++) {
    await page.waitForTimeout(5000)
    const text = (await page.locator('body').innerText()).slice(0, 300)
    console.log(Date.now() - t0, JSON.stringify(text))
    if (/ladattu/.test(text)) break
  }
  console.log('overview loaded ms', Date.now() - t0, 'heap', (await heapMb(page)).toFixed(1))
}

export async function main(args: string[]): Promise<number> {
  process.env.NODE_ENV = 'production'
  const outDir = args.find((a) => a.startsWith('--out='))?.slice(6) ?? 'dist-bench-table'
  await withBrowserBench(run, { outDir, skipBuild: args.includes('--skip-build') })
  return 0
}

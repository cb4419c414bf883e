import AxeBuilder from '@axe-core/playwright'
import type { Page, Response } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * The production build served as static files: no MSW, the demo export emitted by the build.
 * What a visitor of a real deployment gets.
 */
const isExport = (r: Response) =>
  new URL(r.url()).pathname.endsWith('/data/growth-opportunities.json')

const status = (page: Page) => page.getByRole('status')

/** The JSON files the page asks for, and how many times the demo export was served. */
function watchJson(page: Page): { asked: string[]; served: () => number } {
  const asked: string[] = []
  let served = 0
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname
    if (path.endsWith('.json')) asked.push(path)
  })
  page.on('requestfinished', (r) => {
    if (new URL(r.url()).pathname.endsWith('/growth-opportunities.json')) served++
  })
  return { asked, served: () => served }
}

test('the built app shows the demo export from the server, not from a service worker', async ({
  page,
  baseURL,
}) => {
  const requested: string[] = []
  page.on('request', (r) => requested.push(r.url()))
  const exportResponse = page.waitForResponse(isExport)
  await page.goto('/data')
  const response = await exportResponse
  expect(response.status()).toBe(200)
  expect(response.fromServiceWorker()).toBe(false)

  await expect(page).toHaveTitle(
    'Aineisto – Lapin älykkään erikoistumisen kasvumahdollisuudet – Kasvukartta',
  )
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Lapin älykkään erikoistumisen kasvumahdollisuudet',
  )
  await expect(status(page)).toHaveText('64 kasvumahdollisuutta ladattu.')
  const titles = page.getByRole('region', { name: 'Kasvumahdollisuudet' }).getByRole('listitem')
  await expect(titles).toHaveCount(64)
  await expect(titles.first()).toHaveText('Akkumineraalien arvoketju Kemi-Tornion alueella')
  // No developer tools in production, and nothing fetched from any other server.
  await expect(page.getByRole('complementary', { name: 'Kehittäjän työkalut' })).toHaveCount(0)
  expect(
    requested.filter((url) => !url.startsWith(`${baseURL}/`) && !url.startsWith('data:')),
  ).toEqual([])
})

test('index.html starts the route, its words and the worker early; the app adopts that worker', async ({
  page,
}) => {
  const workers: string[] = []
  page.on('worker', (w) => workers.push(w.url()))
  await page.goto('/matrix?lang=sv')
  await expect(
    page.getByRole('group', { name: 'Prioriteringsmatris' }).getByRole('link').first(),
  ).toBeVisible({ timeout: 30_000 })
  // Preloaded before the app's code ran: the matrix's chunk and the Swedish words.
  const preloaded = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) =>
      new URL(l.href).pathname.replace(/-[\w-]{8}\.js$/, ''),
    ),
  )
  expect(preloaded).toEqual(
    expect.arrayContaining(['/assets/matrix-page', '/assets/messages-sv', '/assets/filter-bar']),
  )
  expect(preloaded).not.toContain('/assets/messages-fi')
  // One worker validated the export: the one index.html started.
  expect(workers).toHaveLength(1)
  expect(workers[0]).toMatch(/\/assets\/export-worker-[\w-]+\.js$/)
})

test('a ?data= export on this origin is asked for once, by index.html, and the app takes it over', async ({
  page,
}) => {
  const { asked, served } = watchJson(page)
  // Notes what index.html leaves for the app, before the app takes it (and deletes it).
  await page.addInitScript(() => {
    let early: unknown
    Object.defineProperty(window, 'kasvukarttaExport', {
      configurable: true,
      get: () => early,
      set: (value: { url: string }) => {
        early = value
        ;(window as unknown as { earlyExportUrl: string }).earlyExportUrl = value.url
      },
    })
  })
  await page.goto('/matrix?data=data%2Fgrowth-opportunities.json')
  await expect(
    page.getByRole('group', { name: 'Priorisointimatriisi' }).getByRole('link').first(),
  ).toBeVisible({ timeout: 30_000 })
  // The inline script asks for it while the app's code is still on its way, and the app
  // takes that answer over rather than asking again.
  expect(asked.filter((p) => p !== '/config.json')).toEqual(['/data/growth-opportunities.json'])
  expect(served()).toBe(1)
  expect(
    await page.evaluate(() => (window as unknown as { earlyExportUrl?: string }).earlyExportUrl),
  ).toMatch(/^http:\/\/[^/]+\/data\/growth-opportunities\.json$/)
  expect(await page.evaluate(() => 'kasvukarttaExport' in window)).toBe(false)
})

test('without ?data=, the configured export is asked for once, by index.html, once the config has come', async ({
  page,
}) => {
  const { asked, served } = watchJson(page)
  // Notes the request index.html makes for the app, before the app takes it over.
  await page.addInitScript(() => {
    let early: Promise<{ url: string } | null> | undefined
    Object.defineProperty(window, 'kasvukarttaConfigExport', {
      configurable: true,
      get: () => early,
      set: (value: Promise<{ url: string } | null>) => {
        early = value
        void value.then((r) => {
          ;(window as unknown as { earlyExportUrl?: string }).earlyExportUrl = r?.url
        })
      },
    })
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Lapin älykkään erikoistumisen kasvumahdollisuudet',
    { timeout: 30_000 },
  )
  expect(asked).toEqual(['/config.json', '/data/growth-opportunities.json'])
  expect(served()).toBe(1)
  expect(
    await page.evaluate(() => (window as unknown as { earlyExportUrl?: string }).earlyExportUrl),
  ).toMatch(/^http:\/\/[^/]+\/data\/growth-opportunities\.json$/)
  expect(await page.evaluate(() => 'kasvukarttaExport' in window)).toBe(false)
})

test('?lang=en gives an English page with <html lang="en">', async ({ page }) => {
  await page.goto('/data?lang=en')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Growth opportunities of Lapland's smart specialisation",
  )
  await expect(status(page)).toHaveText('64 growth opportunities loaded.')
  const titles = page.getByRole('region', { name: 'Growth opportunities' }).getByRole('listitem')
  await expect(titles.first()).toHaveText('Battery mineral value chain in the Kemi-Tornio area')
  await expect(page.getByText('Exported 20 November 2026 at 09:30.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached()
})

test('?lang=sv gives a Swedish page', async ({ page }) => {
  await page.goto('/data?lang=sv')
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tillväxtmöjligheter inom Lapplands smarta specialisering',
  )
  await expect(status(page)).toHaveText('64 tillväxtmöjligheter laddade.')
  const titles = page.getByRole('region', { name: 'Tillväxtmöjligheter' }).getByRole('listitem')
  await expect(titles.first()).toHaveText('Värdekedjan för batterimineraler i Kemi-Torneå-området')
  // kk-002 has no Swedish title: the Finnish one stands in, marked as Finnish for screen readers.
  await expect(titles.nth(1).locator('[lang="fi"]')).toHaveText(
    'Metallurgisen teollisuuden sivuvirrat tuotteiksi',
  )
})

test('the skip link is the first stop of the keyboard and leads to the main content', async ({
  page,
}) => {
  await page.goto('/data')
  await expect(status(page)).toHaveText('64 kasvumahdollisuutta ladattu.')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Siirry sisältöön' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})

for (const lang of ['fi', 'en'] as const) {
  test(`axe finds no accessibility violations (${lang})`, async ({ page }) => {
    await page.goto(lang === 'fi' ? '/data' : `/data?lang=${lang}`)
    await expect(status(page)).toHaveText(/64/)
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
}

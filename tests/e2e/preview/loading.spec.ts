import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * Loading exports in the built app: links with ?data=, refused origins, local files, the
 * cached copy, and text that looks like markup. Data served by page.route stands in for
 * other files on the same server.
 */
const DEMO_TITLE = 'Lapin älykkään erikoistumisen kasvumahdollisuudet'
const demo = JSON.parse(readFileSync('mocks/demo-export.json', 'utf8')) as {
  dataset: { title: Record<string, string> }
  opportunities: { id: string; title: unknown }[]
}

function variant(title: string, change: (e: typeof demo) => void = () => {}): Buffer {
  const e = structuredClone(demo)
  e.dataset.title = { fi: title, en: title }
  change(e)
  return Buffer.from(JSON.stringify(e))
}

const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

/**
 * Waits until the page has kept its export and source choice in IndexedDB: the app saves them
 * in the background after showing the data, so a reload right away could come first.
 */
async function waitForCachedCopy(page: Page, savedSource: 'url' | 'file'): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<string[]>((resolve) => {
            const open = indexedDB.open('kasvukartta')
            open.onerror = () => resolve([])
            open.onsuccess = () => {
              const db = open.result
              if (!db.objectStoreNames.contains('data')) return resolve([])
              // The cache's index of copies (src/data/cache/export-cache.ts).
              const get = db.transaction('data').objectStore('data').get('copies')
              get.onsuccess = () => {
                const copies = (get.result ?? []) as { source?: { kind?: string } }[]
                db.close()
                resolve(copies.map((c) => c.source?.kind ?? ''))
              }
              get.onerror = () => resolve([])
            }
          }),
      ),
    )
    .toContain(savedSource)
}

test('a link with ?data= to an export on the same server shows that export', async ({ page }) => {
  await page.route('**/exports/autumn-2026.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: variant('Syksyn 2026 kierros') }),
  )
  await page.goto('/data?data=exports/autumn-2026.json')
  await expect(h1(page)).toHaveText('Syksyn 2026 kierros')
  await page.goto('/?data=exports/autumn-2026.json')
  await expect(h1(page)).toHaveText('Syksyn 2026 kierros')
})

test('a ?data= address on another origin is refused with an alert and no request', async ({
  page,
}) => {
  const requested: string[] = []
  page.on('request', (r) => requested.push(r.url()))
  await page.goto('/data?data=https://evil.example/forged.json')
  await expect(page.getByRole('alert')).toContainText('https://evil.example/forged.json')
  await expect(page.getByRole('alert')).toContainText('ei ladattu')
  expect(requested.filter((u) => new URL(u).hostname === 'evil.example')).toEqual([])
  expect(requested.filter((u) => u.endsWith('/data/growth-opportunities.json'))).toEqual([])
})

test('a local file chosen with the picker replaces the data and survives a reload', async ({
  page,
}) => {
  await page.goto('/data')
  await expect(h1(page)).toHaveText(DEMO_TITLE)
  await page.getByLabel('Valitse vientitiedosto (JSON)').setInputFiles({
    name: 'oma-vienti.json',
    mimeType: 'application/json',
    buffer: variant('Oma vientitiedosto'),
  })
  await expect(h1(page)).toHaveText('Oma vientitiedosto')
  await expect(page.getByText('Näytetään paikallista tiedostoa oma-vienti.json')).toBeVisible()
  await waitForCachedCopy(page, 'file')
  await page.reload()
  await expect(h1(page)).toHaveText('Oma vientitiedosto')
  await page.goto('/')
  await expect(h1(page)).toHaveText('Oma vientitiedosto')
  // Back to the configured data.
  await page.goto('/data')
  await page.getByRole('button', { name: 'Palaa oletusaineistoon' }).click()
  await expect(h1(page)).toHaveText(DEMO_TITLE)
})

test('a bad file is explained and the data shown before stays', async ({ page }) => {
  await page.goto('/data')
  await expect(h1(page)).toHaveText(DEMO_TITLE)
  await page
    .getByLabel('Valitse vientitiedosto (JSON)')
    .setInputFiles('mocks/invalid/not-json.json')
  await expect(page.getByText('Tiedostoa not-json.json ei ladattu')).toBeVisible()
  await expect(
    page.getByRole('alert').filter({ hasText: 'ei ole kelvollista JSONia' }),
  ).toBeVisible()
  await expect(h1(page)).toHaveText(DEMO_TITLE)
  await expect(page.getByText('64 kasvumahdollisuutta ladattu.')).toBeVisible()
})

test('when the source fails, the cached copy is shown with its time', async ({ page }) => {
  await page.goto('/data')
  await expect(h1(page)).toHaveText(DEMO_TITLE)
  await waitForCachedCopy(page, 'url')
  await page.route('**/data/growth-opportunities.json', (route) =>
    route.fulfill({ status: 503, body: 'down' }),
  )
  await page.reload()
  await expect(page.getByText(/Näytetään välimuistissa oleva kopio ajalta/)).toBeVisible({
    timeout: 20_000,
  })
  await expect(h1(page)).toHaveText(DEMO_TITLE)
})

test('text with HTML in it is shown literally: no markup is made', async ({ page }) => {
  const markup = '<img src=x onerror="window.__pwned=1">Kalastus'
  await page.route('**/exports/markup.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: variant('Merkintäkoe', (e) => {
        const first = e.opportunities[0]
        if (first) first.title = { fi: markup }
      }),
    }),
  )
  await page.goto('/data?data=exports/markup.json')
  await expect(h1(page)).toHaveText('Merkintäkoe')
  // The record loads, and the warning about its HTML-like title names it as plain text.
  await expect(page.getByText(markup).first()).toBeVisible()
  await expect(page.locator('main img')).toHaveCount(0)
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined()
})

test('switching the language neither fetches nor validates the export again', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (r) => {
    if (r.url().endsWith('.json') && !r.url().endsWith('config.json')) requests.push(r.url())
  })
  await page.goto('/')
  await expect(page.getByText('64 kasvumahdollisuutta ladattu.')).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Kieli' })
    .getByRole('link', { name: 'Svenska' })
    .click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  await expect(page.getByText('64 tillväxtmöjligheter laddade.')).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Språk' })
    .getByRole('link', { name: 'English' })
    .click()
  await expect(page.getByText('64 growth opportunities loaded.')).toBeVisible()
  expect(requests).toHaveLength(1)
})

test('the config is asked for once: the app takes over the request index.html made', async ({
  page,
}) => {
  let configRequests = 0
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.endsWith('/config.json')) configRequests++
  })
  await page.goto('/')
  await expect(page.getByText('64 kasvumahdollisuutta ladattu.')).toBeVisible()
  expect(configRequests).toBe(1)
  // Taken over, the early request is gone from the page (a retry asks the server again).
  expect(await page.evaluate(() => 'kasvukarttaConfig' in window)).toBe(false)
})

test('a large export, parsed on the page while the worker checks it, keeps each record in place', async ({
  page,
}) => {
  // Large enough for the page to parse the records itself; one set aside in the middle, so
  // the loaded ones after it must be found by their place in the file. On a busy two-core
  // machine the route's hand-over of the body, the check and the page's own parse each take
  // seconds, one after another: the load is slow there, not stuck, so it gets its own time.
  test.setTimeout(120_000)
  const loadTime = { timeout: 45_000 }
  const opportunities = Array.from({ length: 4_000 }, (_, i) => {
    const record = structuredClone(demo.opportunities[i % 64]) as Record<string, unknown>
    delete record.dependsOn
    return { ...record, id: `suuri-${i}`, title: { fi: `Suuri joukko, kohta ${i}` } }
  })
  ;(opportunities[1_500] as Record<string, unknown>).theme = 'no-such-theme'
  const large = JSON.stringify({ ...demo, opportunities })
  await page.route('**/exports/large.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: large }),
  )
  await page.goto('/?data=exports/large.json')
  await expect(page.getByText(/^3\s999 kasvumahdollisuutta ladattu\./)).toBeVisible(loadTime)
  await page.goto('/opportunities/suuri-3999?data=exports/large.json')
  await expect(h1(page)).toHaveText('Suuri joukko, kohta 3999', loadTime)
})

import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * Trust in the data, in the built app: every page says when records were set aside or a
 * cached copy stands in, explains why nothing loaded and offers the copy, keeps the chosen
 * file when a link is opened, refuses data from another origin, and exports SVG that parses
 * as XML whatever the texts hold.
 */
const DEMO_TITLE = 'Lapin älykkään erikoistumisen kasvumahdollisuudet'
const demoText = readFileSync('mocks/demo-export.json', 'utf8')
const demo = JSON.parse(demoText) as {
  dataset: { title: Record<string, string> }
  themes: { id: string }[]
  opportunities: Record<string, unknown>[]
}
const h1 = (page: Page) => page.getByRole('heading', { level: 1 })
const notices = (page: Page) => page.locator('.load-notices')

function exportWith(change: (e: typeof demo) => void): string {
  const e = structuredClone(demo)
  change(e)
  return JSON.stringify(e)
}

/** Waits until the app has kept a copy of a source of this kind (it saves after showing). */
async function waitForCopy(page: Page, kind: 'url' | 'file'): Promise<void> {
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
              const get = db.transaction('data').objectStore('data').get('copies')
              get.onsuccess = () => {
                db.close()
                resolve(
                  ((get.result ?? []) as { source: { kind: string } }[]).map((c) => c.source.kind),
                )
              }
              get.onerror = () => resolve([])
            }
          }),
      ),
    )
    .toContain(kind)
}

test('records set aside are told on the overview, matrix, roadmap and table, with a link to why', async ({
  page,
}) => {
  const partial = exportWith((e) => {
    for (const o of e.opportunities.slice(0, 10)) o.theme = 'no-such-theme'
  })
  await page.route('**/exports/partial.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: partial }),
  )
  for (const path of ['/', '/matrix', '/roadmap', '/opportunities']) {
    await page.goto(`${path}?data=exports/partial.json`)
    const notice = notices(page).getByRole('alert')
    await expect(notice).toContainText('10 kasvumahdollisuutta jätettiin pois virheellisinä')
    await expect(
      notice.getByRole('link', { name: 'Katso syy aineistoraportista' }),
    ).toHaveAttribute('href', '/data?data=exports/partial.json')
  }
  await notices(page).getByRole('link').click()
  await expect(page).toHaveURL(/\/data\?data=exports\/partial\.json$/)
  await expect(page.getByRole('heading', { name: /Pois jätetyt/ })).toContainText('10')
})

for (const path of ['/', '/opportunities/kk-001']) {
  test(`a 404 from the configured address is explained on ${path}, with the cached copy offered`, async ({
    page,
  }) => {
    await page.goto(path)
    await expect(h1(page)).not.toHaveText(/ladataan/i)
    await waitForCopy(page, 'url')
    await page.route('**/data/growth-opportunities.json', (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    )
    await page.reload()
    const notice = notices(page).getByRole('alert')
    await expect(notice).toContainText('Aineistoa ei voitu ladata')
    await expect(notice).toContainText('404')
    await expect(notice.getByRole('link', { name: 'Katso syy aineistoraportista' })).toBeVisible()
    await notice.getByRole('button', { name: /Näytä välimuistin kopio ajalta/ }).click()
    await expect(notices(page)).toContainText('Näytetään välimuistissa olevaa kopiota ajalta')
    if (path === '/') await expect(h1(page)).toHaveText(DEMO_TITLE)
    else await expect(h1(page)).toHaveText('Akkumineraalien arvoketju Kemi-Tornion alueella')
  })
}

test('a server error shows the cached copy at once, and every page says so', async ({ page }) => {
  await page.goto('/')
  await expect(h1(page)).toHaveText(DEMO_TITLE)
  await waitForCopy(page, 'url')
  await page.route('**/data/growth-opportunities.json', (route) =>
    route.fulfill({ status: 503, body: 'down' }),
  )
  await page.reload()
  await expect(h1(page)).toHaveText(DEMO_TITLE)
  await expect(notices(page)).toContainText('koska aineiston lähde ei vastannut')
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Matriisi' })
    .click()
  await expect(notices(page)).toContainText('Näytetään välimuistissa olevaa kopiota ajalta')
})

test('an answer redirected to another origin is refused: no data shown, nothing from there', async ({
  page,
  allowCspViolations,
}) => {
  // The policy itself blocks the redirected request: expected here, and a second wall. The
  // console names the address it blocked, DevTools' issue the address the request began at.
  allowCspViolations(/evil\.example/)
  allowCspViolations(/"blockedURL":"[^"]*\/exports\/moved\.json"/)
  const reached: string[] = []
  await page.route('https://evil.example/**', (route) => {
    reached.push(route.request().url())
    return route.fulfill({ contentType: 'application/json', body: demoText })
  })
  await page.route('**/exports/moved.json', (route) =>
    route.fulfill({ status: 302, headers: { location: 'https://evil.example/data.json' } }),
  )
  await page.goto('/?data=exports/moved.json')
  await expect(notices(page).getByRole('alert')).toContainText('Aineistoa ei voitu ladata')
  await expect(h1(page)).not.toHaveText(DEMO_TITLE)
  expect(reached).toEqual([])
})

test('a local file stays chosen after a ?data= link is opened and the page reloaded', async ({
  page,
}) => {
  await page.route('**/exports/autumn.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: exportWith((e) => (e.dataset.title = { fi: 'Syksyn kierros', en: 'Autumn round' })),
    }),
  )
  await page.goto('/data')
  await expect(h1(page)).toHaveText(DEMO_TITLE)
  await page.getByLabel('Valitse vientitiedosto (JSON)').setInputFiles({
    name: 'oma.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exportWith((e) => (e.dataset.title = { fi: 'Oma tiedosto' }))),
  })
  await expect(h1(page)).toHaveText('Oma tiedosto')
  await waitForCopy(page, 'file')
  await page.goto('/?data=exports/autumn.json')
  await expect(h1(page)).toHaveText('Syksyn kierros')
  await waitForCopy(page, 'url')
  await page.goto('/')
  await expect(h1(page)).toHaveText('Oma tiedosto')
  await page.reload()
  await expect(h1(page)).toHaveText('Oma tiedosto')
})

test('the roadmap exports SVG that parses as XML, with a lane of over a thousand and odd texts', async ({
  page,
}) => {
  const base = demo.opportunities[0] as Record<string, unknown>
  const many = Array.from({ length: 1_100 }, (_, i) => ({
    ...structuredClone(base),
    id: `lane-${i}`,
    dependsOn: [],
    theme: demo.themes[0]?.id,
    // A control character and a no-break space, both accepted by the validator.
    title: { fi: `Rivi\u0001 ${i}\u00a0000 <b>&` },
    horizon: { start: '2024', end: '2026' },
  }))
  await page.route('**/exports/wide.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ...demo, opportunities: many }),
    }),
  )
  await page.goto('/roadmap?data=exports/wide.json')
  await expect(page.getByText(/1\s100 kasvumahdollisuutta/).first()).toBeVisible({
    timeout: 30_000,
  })
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'SVG' }).click()
  const file = await (await download).path()
  const xml = readFileSync(file, 'utf8')
  // The browser's XML parser, which refuses what XML does not allow.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return {
      errors: doc.getElementsByTagName('parsererror').length,
      namespace: doc.documentElement.namespaceURI,
    }
  }, xml)
  expect(parsed).toEqual({ errors: 0, namespace: 'http://www.w3.org/2000/svg' })
  expect(xml).not.toContain('&nbsp;')
  expect(xml).toContain('Rivi\ufffd 1099\u00a0000 &lt;b&gt;&amp;')
})

import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page, type Response } from '@playwright/test'

/**
 * The development server with the MSW worker: each ?mock= scenario shows the user what it
 * promises. Texts are the Finnish UI (the default language).
 */
const DATASET_TITLE = 'Lapin älykkään erikoistumisen kasvumahdollisuudet'

const isExport = (r: Response) =>
  new URL(r.url()).pathname.endsWith('/data/growth-opportunities.json')

async function open(page: Page, scenario: string) {
  await page.goto(`/data?mock=${scenario}`)
}

const status = (page: Page) => page.getByRole('status')
const titles = (page: Page) =>
  page.getByRole('region', { name: 'Kasvumahdollisuudet' }).getByRole('listitem')

test('normal: the export comes from the service worker and all 64 opportunities show', async ({
  page,
}) => {
  const exportResponse = page.waitForResponse(isExport)
  await open(page, 'normal')
  expect((await exportResponse).fromServiceWorker()).toBe(true)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DATASET_TITLE)
  await expect(status(page)).toHaveText('64 kasvumahdollisuutta ladattu.')
  await expect(page.getByText(/Aineisto on viety 20\. marraskuuta 2026 klo 9\.30/)).toBeVisible()
  await expect(titles(page)).toHaveCount(64)
  await expect(titles(page).first()).toHaveText('Akkumineraalien arvoketju Kemi-Tornion alueella')
  await expect(titles(page).last()).toHaveText(
    'Kestävät kaivospaikkakunnat: paikallinen hyöty ja hyväksyttävyys',
  )
  await expect(page.getByText('(ei otsikkoa)')).toHaveCount(0)
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('slow: the loading status shows first, the data after about three seconds', async ({
  page,
}) => {
  await open(page, 'slow')
  await expect(status(page)).toHaveText('Ladataan kasvumahdollisuuksia…')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aineistoa ladataan')
  const loadingSeen = Date.now()
  // At least the 3 s delay; the upper bound is generous because a cold dev server is slow.
  await expect(status(page)).toHaveText('64 kasvumahdollisuutta ladattu.', { timeout: 30_000 })
  expect(Date.now() - loadingSeen).toBeGreaterThan(2000)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DATASET_TITLE)
})

test('error: retries are announced, then an alert with the status and a Retry button that fetches again', async ({
  page,
}) => {
  let requests = 0
  page.on('response', (r) => {
    if (isExport(r)) requests++
  })
  await open(page, 'error')
  // Backoff is visible while it happens; a busy machine may first look at a later attempt.
  await expect(status(page)).toContainText(/yritetään uudelleen \(yritys [2-4]\/4\)/)
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('palvelin vastasi tilakoodilla 500', { timeout: 30_000 })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aineistoa ei voitu ladata')
  expect(requests).toBe(4)

  const retry = page.getByRole('button', { name: 'Yritä uudelleen' })
  const before = requests
  await retry.click()
  // A 500 fails at once, so the first attempt's "Ladataan…" may pass unseen; the retries show.
  await expect(status(page)).toHaveText(/Ladataan kasvumahdollisuuksia…|yritetään uudelleen/)
  await expect(alert).toHaveCount(0)
  // Focus is not lost when the button goes away.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
  await expect(alert).toContainText('palvelin vastasi tilakoodilla 500', { timeout: 30_000 })
  expect(requests - before).toBe(4)
})

test('redirect: data sent on to another origin is refused, naming it, and nothing is shown', async ({
  page,
}) => {
  await open(page, 'redirect')
  await expect(page.getByRole('alert')).toContainText(
    'ohjasi pyynnön osoitteeseen https://evil.example',
    { timeout: 30_000 },
  )
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aineistoa ei voitu ladata')
  await page.goto('/?mock=redirect')
  await expect(page.locator('.load-notices').getByRole('alert')).toContainText(
    'https://evil.example',
  )
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(DATASET_TITLE)
})

test('malformed: an alert says the file is not JSON, with line and column', async ({ page }) => {
  await open(page, 'malformed')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Vientitiedostoa ei voitu lukea. Mitään ei ladattu.')
  await expect(alert).toContainText(
    /Tiedosto ei ole kelvollista JSONia: virhe on rivillä \d[\d\s]*, sarakkeessa \d[\d\s]*\./,
  )
  await expect(titles(page)).toHaveCount(0)
})

test('schema-errors: partial load, the three set-aside opportunities named with their problems', async ({
  page,
}) => {
  await open(page, 'schema-errors')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('3 kasvumahdollisuutta jätettiin pois; 61 ladattiin.')
  await expect(alert).toContainText('th-no-such-theme')
  await expect(alert).toContainText('javascript:alert(1)')
  await expect(alert.getByRole('listitem')).toHaveCount(3)
  await expect(alert).toContainText('kasvumahdollisuus kk-003')
  await expect(alert).toContainText('kasvumahdollisuus kk-010')
  await expect(alert).toContainText('kasvumahdollisuus kk-020')
  await expect(alert).toContainText('$.opportunities[9].scores')

  const setAside = page.getByRole('region', { name: /Pois jätetyt \(3\)/ })
  const items = setAside.getByRole('listitem')
  await expect(items).toHaveCount(3)
  await expect(items.nth(0)).toContainText('kk-003')
  await expect(items.nth(1)).toContainText('kk-010')
  await expect(items.nth(2)).toContainText('kk-020')

  await expect(status(page)).toHaveText('61 kasvumahdollisuutta ladattu.')
  await expect(titles(page)).toHaveCount(61)
  // kk-003 is not among the loaded: the third title is kk-004's.
  await expect(titles(page).nth(2)).toHaveText(
    'Tuulivoimarakentamisen ja -huollon paikalliset palvelut',
  )
  await expect(titles(page).filter({ hasText: 'Vihreän vedyn toimitusketjut' })).toHaveCount(0)
  await expect(items.nth(0)).toContainText('Vihreän vedyn toimitusketjut Perämeren rannikolla')
})

test('empty: 0 opportunities, and the page says the export has none', async ({ page }) => {
  await open(page, 'empty')
  await expect(status(page)).toHaveText('0 kasvumahdollisuutta ladattu.')
  await expect(page.getByText('Aineistossa ei ole yhtään kasvumahdollisuutta.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(DATASET_TITLE)
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('large: 10 000 opportunities load; the list shows the first hundred and how many more', async ({
  page,
}) => {
  // 10 000 generated records through the service worker and the unbundled dev worker: slow
  // on a cold dev server sharing two cores with a production build, so more time than usual.
  test.setTimeout(120_000)
  await open(page, 'large')
  // Finnish groups digits with a no-break space: "10 000".
  await expect(status(page)).toHaveText(/^10\s000 kasvumahdollisuutta ladattu\.$/, {
    timeout: 90_000,
  })
  await expect(titles(page)).toHaveCount(100)
  await expect(titles(page).first()).toHaveText(/\p{L}{3,}/u)
  await expect(page.getByText('(ei otsikkoa)')).toHaveCount(0)
  await expect(page.getByText(/… ja 9\s900 muuta\./)).toBeVisible()
})

test('the scenario panel switches scenario, and the choice survives navigation without ?mock=', async ({
  page,
}) => {
  await open(page, 'normal')
  const panel = page.getByRole('complementary', { name: 'Kehittäjän työkalut' })
  await expect(panel).toContainText('Käytössä oleva testiskenaario: normal')
  await panel.getByLabel('Testiskenaario').selectOption('empty')
  // Choosing alone does not reload; the button does.
  await expect(status(page)).toHaveText('64 kasvumahdollisuutta ladattu.')
  await panel.getByRole('button', { name: 'Vaihda ja lataa uudelleen' }).click()
  await expect(page).toHaveURL(/[?&]mock=empty\b/)
  await expect(status(page)).toHaveText('0 kasvumahdollisuutta ladattu.')

  await page.goto('/data')
  await expect(panel).toContainText('Käytössä oleva testiskenaario: empty')
  await expect(status(page)).toHaveText('0 kasvumahdollisuutta ladattu.')
})

for (const scenario of ['schema-errors', 'malformed'] as const) {
  test(`axe finds no accessibility violations in the problem view (${scenario})`, async ({
    page,
  }) => {
    await open(page, scenario)
    await expect(page.getByRole('alert')).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
}

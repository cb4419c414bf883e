import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * The active forum session's decisions in the analysts' table and on the matrix, in the built
 * app with the demo export: the decision column in words, the "decided" filter in the address,
 * the CSV, the matrix's table twin, and axe on the table with the column in three languages.
 */

// Each test walks through several pages on a shared two-core machine.
test.describe.configure({ timeout: 90_000 })

const FORUM = 'Johtoryhmän strategiafoorumi'

const grid = (page: Page) =>
  page.getByRole('table', {
    name: /^(Kasvumahdollisuudet|Growth opportunities|Tillväxtmöjligheter)$/,
  })

async function createSession(page: Page) {
  await page.goto('/sessions')
  await expect(page.getByText('Istunto perustuu nyt ladattuun vientiin')).toBeVisible()
  await page.getByLabel('Foorumi', { exact: true }).fill(FORUM)
  await page.getByRole('button', { name: 'Luo istunto' }).click()
  await expect(page.getByText(`Istunto ${FORUM} luotiin ja otettiin käyttöön.`)).toBeVisible()
}

async function recordDecision(page: Page, id: string, decision: RegExp) {
  await page.goto(`/opportunities/${id}`)
  await expect(page.getByRole('heading', { name: 'Foorumin päätös' })).toBeVisible()
  await page.getByRole('radio', { name: decision }).check()
  await expect(page.getByRole('status').filter({ hasText: 'Kirjattu:' })).toBeVisible()
}

/** The rendered rows' last two cells (id and decision, as the tests show them), read in one go. */
async function decisionCells(page: Page): Promise<string[][]> {
  return grid(page).evaluate((table) =>
    [...table.querySelectorAll('tbody tr[aria-rowindex]')].map((tr) =>
      [...tr.querySelectorAll('td')].slice(-2).map((td) => td.textContent ?? ''),
    ),
  )
}

test('decisions show in the table, filter it across a reload, reach the CSV and the matrix', async ({
  page,
}) => {
  await createSession(page)
  await recordDecision(page, 'kk-001', /Priorisoidaan/)
  await recordDecision(page, 'kk-002', /Jäädytetään/)

  await page.goto('/opportunities?cols=title,id,decision&sort=decision')
  await expect(grid(page).getByRole('columnheader', { name: /^Foorumin päätös/ })).toBeVisible()
  const cells = await decisionCells(page)
  // In the vocabulary's order (prioritise before hold), the undecided after them, empty.
  expect(cells.slice(0, 3)).toEqual([
    ['kk-001', 'Priorisoidaan'],
    ['kk-002', 'Jäädytetään'],
    [expect.stringMatching(/^kk-/), ''],
  ])

  await page.getByLabel('Päätetty istunnossa').selectOption('yes')
  await expect(page).toHaveURL(/decided=yes/)
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '3')
  await page.reload()
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '3')
  await expect(page.getByLabel('Päätetty istunnossa')).toHaveValue('yes')
  expect((await decisionCells(page)).map((r) => r[0])).toEqual(['kk-001', 'kk-002'])

  await page.getByText('Vienti', { exact: true }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lataa CSV' }).click(),
  ])
  const lines = readFileSync(await download.path(), 'utf8')
    .slice(1)
    .split('\r\n')
  expect(lines[0]).toBe('Nimi;Tunnus;Foorumin päätös')
  expect(lines.slice(1, -1).map((l) => l.split(';').slice(-2))).toEqual([
    ['kk-001', 'Priorisoidaan'],
    ['kk-002', 'Jäädytetään'],
  ])

  await page.getByLabel('Päätetty istunnossa').selectOption('no')
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '63')

  await page.goto('/matrix?show=table')
  const twin = page.getByRole('table', { name: /Matriisi taulukkona/ })
  await expect(twin.getByRole('columnheader', { name: 'Foorumin päätös' })).toBeVisible()
  await expect(
    twin.getByRole('row', { name: /Akkumineraalien arvoketju Kemi-Tornion alueella/ }),
  ).toContainText('Priorisoidaan')
  await expect(
    twin.getByRole('row', { name: /Metallurgisen teollisuuden sivuvirrat tuotteiksi/ }),
  ).toContainText('Jäädytetään')
  await page.getByRole('button', { name: 'Näytä kaaviona' }).click()
  await expect(page.locator('.matrix-chart .mark[data-id="kk-001"]')).toHaveAttribute(
    'aria-label',
    /foorumin päätös: Priorisoidaan/,
  )
  await expect(page.locator('.matrix-chart .mark[data-id="kk-001"] .decision-mark')).toHaveText('✓')
  await expect(page.locator('.matrix-chart .decision-mark')).toHaveCount(2)

  // The roadmap (searched by id, so the bar is in view): the decision in the bar's name, a ✓
  // before its drawn title, and in its table.
  await page.goto('/roadmap?q=kk-001')
  const bar = page.locator('a.rm-bar[data-id="kk-001"]')
  await expect(bar).toHaveAttribute('aria-label', /foorumin päätös: Priorisoidaan/)
  await expect(bar.locator('xpath=..').locator('.rm-bar-title')).toHaveText(/^✓ /)
  await expect(page.getByText(/✓ otsikon edessä/)).toBeVisible()
  await page.goto('/roadmap?q=kk-002&show=table')
  await expect(
    page.getByRole('row', { name: /Metallurgisen teollisuuden sivuvirrat tuotteiksi/ }),
  ).toContainText('✓ foorumin päätös: Jäädytetään')
})

test('without an active session there is no column, and the filter says it does not apply', async ({
  page,
}) => {
  await page.goto('/opportunities?decided=yes')
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '65', { timeout: 15_000 })
  await expect(grid(page).getByRole('columnheader', { name: /^Foorumin päätös/ })).toHaveCount(0)
  await expect(page.getByLabel('Päätetty istunnossa')).toHaveAccessibleDescription(
    'Suodatin on käytössä vain, kun foorumin istunto on käynnissä.',
  )
})

test('a decision recorded shows in the table column (timed)', async ({ page }) => {
  await createSession(page)
  await page.goto('/opportunities/kk-003')
  await expect(page.getByRole('heading', { name: 'Foorumin päätös' })).toBeVisible()
  const started = Date.now()
  await page.getByRole('radio', { name: /Aloitetaan suunnittelu/ }).check()
  await page.getByRole('link', { name: 'Kasvumahdollisuudet', exact: true }).click()
  await expect(
    grid(page).getByRole('row').filter({ hasText: 'Aloitetaan suunnittelu' }),
  ).toHaveCount(1)
  const ms = Date.now() - started
  test.info().annotations.push({ type: 'decision to table column', description: `${ms} ms` })
  console.log(`decision recorded → shown in the table column: ${ms} ms`)
})

for (const [lang, query, decided] of [
  ['fi', '', 'Päätetty istunnossa'],
  ['sv', '&lang=sv', 'Beslutat i sessionen'],
  ['en', '&lang=en', 'Decided in the session'],
] as const) {
  test(`axe finds no violations in the table with the decision column (${lang})`, async ({
    page,
  }) => {
    await createSession(page)
    await recordDecision(page, 'kk-001', /Priorisoidaan/)
    await page.goto(`/opportunities?sort=decision${query}`)
    await expect(grid(page)).toHaveAttribute('aria-rowcount', '65', { timeout: 15_000 })
    await expect(page.getByLabel(decided)).toBeVisible()
    await expect(grid(page).locator('tbody tr').first()).toContainText(
      { fi: 'Priorisoidaan', sv: 'Prioriteras', en: 'Prioritise' }[lang],
    )
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
}

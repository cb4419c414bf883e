import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * The shell's routes in the built app: what a steering-group member meets when opening a link.
 */
const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

test('the overview names the dataset and lists the ten best-ranked opportunities with links', async ({
  page,
}) => {
  await page.goto('/')
  await expect(h1(page)).toHaveText('Lapin älykkään erikoistumisen kasvumahdollisuudet')
  await expect(page.getByText('Strategiakausi 2023–2027')).toBeVisible()
  await expect(page.getByText('64 kasvumahdollisuutta ladattu.')).toBeVisible()
  const top = page.getByRole('region', { name: 'Kymmenen kärjessä prioriteettipisteiden mukaan' })
  await expect(top.getByRole('listitem')).toHaveCount(10)
  // The counts by status add up to every opportunity (in the chart's table twin).
  const statusRegion = page.getByRole('region', { name: 'Tilan mukaan' })
  await statusRegion.getByText('Näytä taulukkona').click()
  const byStatus = statusRegion.getByRole('row')
  const counts = await byStatus.locator('td').allTextContents()
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(64)

  const first = top.getByRole('link').first()
  const title = await first.textContent()
  await first.click()
  await expect(page).toHaveURL(/\/opportunities\/kk-\d{3}$/)
  await expect(h1(page)).toHaveText(title ?? '')
})

test('an opportunity page shows its fields, and a title missing in Swedish falls back marked with its lang', async ({
  page,
}) => {
  await page.goto('/opportunities/kk-001?lang=sv')
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv')
  // kk-001 has a Swedish title; kk-002 does not, so its Finnish title carries lang="fi".
  await expect(h1(page)).toHaveText('Värdekedjan för batterimineraler i Kemi-Torneå-området')
  await expect(page.getByText('Status', { exact: true })).toBeVisible()
  await page.goto('/opportunities/kk-002?lang=sv')
  const fallback = h1(page).locator('[lang="fi"]')
  await expect(fallback).toHaveText('Metallurgisen teollisuuden sivuvirrat tuotteiksi')
  await expect(h1(page)).toContainText('inte översatt')
})

test('dependencies link both ways between opportunity pages', async ({ page }) => {
  await page.goto('/opportunities/kk-056')
  const dependsOn = page.getByRole('region', { name: 'Riippuu näistä' })
  await expect(dependsOn.getByRole('link')).toHaveCount(1)
  await dependsOn
    .getByRole('link', { name: 'Akkumineraalien arvoketju Kemi-Tornion alueella' })
    .click()
  await expect(page).toHaveURL(/\/opportunities\/kk-001$/)
  await expect(
    page
      .getByRole('region', { name: 'Näiden edellytys' })
      .getByRole('link', { name: 'Jatkuva oppiminen teollisuuden osaajatarpeisiin' }),
  ).toBeVisible()
})

test('an unknown id gets a not-found page that names it', async ({ page }) => {
  await page.goto('/opportunities/kk-999')
  await expect(h1(page)).toHaveText('Kasvumahdollisuutta ei löytynyt')
  await expect(page.getByText('”kk-999”')).toBeVisible()
})

test('the language switch changes the UI, <html lang> and the address, and survives a reload', async ({
  page,
}) => {
  await page.goto('/matrix')
  await expect(h1(page)).toHaveText('Priorisointimatriisi')
  await page
    .getByRole('navigation', { name: 'Kieli' })
    .getByRole('link', { name: 'English' })
    .click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(h1(page)).toHaveText('Prioritisation matrix')
  await expect(page).toHaveURL(/\/matrix\?lang=en$/)
  await page.reload()
  await expect(h1(page)).toHaveText('Prioritisation matrix')
  // Moving to another view keeps the language.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Roadmap' })
    .click()
  await expect(h1(page)).toHaveText('Roadmap')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('an invalid parameter is dropped without an error page', async ({ page }) => {
  await page.goto('/?lang=klingon')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
  await expect(h1(page)).toHaveText('Lapin älykkään erikoistumisen kasvumahdollisuudet')
})

const ROUTES = [
  '/',
  '/matrix',
  '/roadmap',
  '/opportunities',
  '/opportunities/kk-025',
  '/opportunities/nope',
  '/data',
  '/accessibility',
  '/changes',
]
for (const lang of ['fi', 'en'] as const) {
  for (const route of ROUTES) {
    test(`axe finds no violations on ${route} (${lang}), and the page has one h1`, async ({
      page,
    }) => {
      await page.goto(`${route}${lang === 'fi' ? '' : '?lang=en'}`)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(h1(page)).toHaveCount(1)
      await expect(page.getByRole('main')).toBeVisible()
      await expect(page.getByRole('status').filter({ hasText: /Ladataan|Loading/ })).toHaveCount(0)
      const results = await new AxeBuilder({ page }).analyze()
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([])
    })
  }
}

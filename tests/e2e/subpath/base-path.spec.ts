import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * The built app deployed under a sub-path (BASE_PATH=/kasvukartta/, see playwright.config.ts):
 * its config, data, code and links all stay below the base, and deep links open.
 * Paths here are relative (no leading slash), so they resolve below the base URL.
 */
const BASE = '/kasvukartta/'
const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

test('every request and every link stays below the base path', async ({ page }) => {
  const origin = new URL(test.info().project.use.baseURL ?? '').origin
  const outside: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (url.origin === origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname)
  })
  await page.goto('')
  await expect(h1(page)).toHaveText('Lapin älykkään erikoistumisen kasvumahdollisuudet')
  await expect(page.getByText('64 kasvumahdollisuutta ladattu.')).toBeVisible()

  const nav = page.getByRole('navigation', { name: 'Päävalikko' })
  for (const link of await nav.getByRole('link').all())
    expect(await link.getAttribute('href')).toMatch(/^\/kasvukartta\//)
  await nav.getByRole('link', { name: 'Matriisi' }).click()
  await expect(page).toHaveURL(/\/kasvukartta\/matrix$/)
  await expect(h1(page)).toHaveText('Priorisointimatriisi')

  await page
    .getByRole('navigation', { name: 'Kieli' })
    .getByRole('link', { name: 'English' })
    .click()
  await expect(page).toHaveURL(/\/kasvukartta\/matrix\?lang=en$/)
  await expect(h1(page)).toHaveText('Prioritisation matrix')
  expect(outside).toEqual([])
})

test('a deep link to an opportunity opens, and its links keep the base', async ({ page }) => {
  await page.goto('opportunities/kk-001')
  await expect(h1(page)).not.toHaveText('Kasvumahdollisuutta ei löytynyt')
  await page.reload()
  await expect(page).toHaveURL(/\/kasvukartta\/opportunities\/kk-001$/)
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Yleiskuva' })
    .click()
  await expect(page).toHaveURL(/\/kasvukartta\/$/)
  await expect(h1(page)).toHaveText('Lapin älykkään erikoistumisen kasvumahdollisuudet')
})

test('an unknown path below the base gets the not-found page', async ({ page }) => {
  await page.goto('no-such-page')
  await expect(h1(page)).toHaveText('Sivua ei löytynyt')
})

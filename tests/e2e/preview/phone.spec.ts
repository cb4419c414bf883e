import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * On a phone (360 and 390 px wide): no page scrolls sideways, the header is one line with a
 * menu button that opens the navigation and the languages, the matrix fills the width with
 * its weights below, and the table scrolls inside its own frame with the title pinned.
 */
const ROUTES = [
  '/',
  '/matrix',
  '/roadmap',
  '/opportunities',
  '/opportunities/kk-001',
  '/data',
  '/accessibility',
]

/** How far the page reaches beyond the window, in px (0 when nothing scrolls sideways). */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

const menuButton = (page: Page) => page.getByRole('button', { name: 'Valikko' })

for (const width of [360, 390]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width, height: 800 })
    for (const route of ROUTES) {
      await page.goto(route)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      // Each page has shown its data (or its text) before the width is read.
      await expect(page.locator('main')).not.toContainText('Ladataan')
      // The overview shows a preview while the export loads, then the dashboard in its place.
      if (route === '/') await expect(page.locator('.top-card')).toBeVisible()
      await expect.poll(() => overflow(page), { message: route }).toBe(0)
      await page.evaluate(() => document.querySelector('h1')?.scrollIntoView())
      expect(await overflow(page), route).toBe(0)
    }
  })
}

test('the header is one line on a phone, and its menu is a disclosure', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto('/roadmap')
  const header = page.getByRole('banner')
  const nav = page.getByRole('navigation', { name: 'Päävalikko' })
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false')
  await expect(nav).toBeHidden()
  const height = (await header.boundingBox())?.height ?? Infinity
  expect(height).toBeLessThan(64)

  await menuButton(page).click()
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'true')
  const controls = await menuButton(page).getAttribute('aria-controls')
  await expect(page.locator(`#${controls ?? 'none'}`)).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Matriisi' })).toBeVisible()
  await expect(
    page.getByRole('navigation', { name: 'Kieli' }).getByRole('link', { name: 'English' }),
  ).toBeVisible()

  // Escape closes it from inside and gives the focus back to the button.
  await nav.getByRole('link', { name: 'Matriisi' }).focus()
  await page.keyboard.press('Escape')
  await expect(nav).toBeHidden()
  await expect(menuButton(page)).toBeFocused()
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false')

  // Following a link closes it.
  await page.keyboard.press('Enter')
  await expect(nav).toBeVisible()
  await nav.getByRole('link', { name: 'Matriisi' }).click()
  await expect(page).toHaveURL(/\/matrix$/)
  await expect(nav).toBeHidden()
  await expect(menuButton(page)).toHaveAttribute('aria-expanded', 'false')
})

test('on a wide screen the links are in the header and there is no menu button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/data')
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible()
  await expect(menuButton(page)).toBeHidden()
})

test('the matrix fills the width with its weights below', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/matrix')
  await expect(page.locator('.matrix-chart[data-drawn]')).toBeAttached()
  const chart = await page
    .getByRole('group', { name: 'Priorisointimatriisi', exact: true })
    .boundingBox()
  const main = await page.locator('main').boundingBox()
  const weights = await page.locator('.matrix-weights').boundingBox()
  if (!chart || !main || !weights) throw new Error('the matrix is not laid out')
  // The chart takes the main area's width less its padding, and the weights start below it.
  expect(chart.width).toBeGreaterThan(main.width - 48)
  expect(weights.y).toBeGreaterThanOrEqual(chart.y + chart.height)
})

test('the table scrolls in its own frame with the title column pinned', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  await page.goto('/opportunities')
  const frame = page.getByRole('region', { name: 'Kasvumahdollisuudet' }).last()
  const title = frame.getByRole('columnheader', { name: /Nimi/ })
  await expect(title).toBeVisible()
  const before = await title.boundingBox()
  const frameBox = await frame.boundingBox()
  if (!before || !frameBox) throw new Error('the table is not laid out')
  // The title takes under half the frame, so other columns show beside it.
  expect(before.width).toBeLessThan(frameBox.width / 2)
  const scrolled = await frame.evaluate((el) => {
    el.scrollLeft = 400
    return el.scrollLeft
  })
  expect(scrolled).toBeGreaterThan(0)
  await expect.poll(async () => (await title.boundingBox())?.x).toBe(before.x)
  expect(await overflow(page)).toBe(0)
})

for (const route of ['/', '/opportunities/kk-001']) {
  test(`axe finds no violations at 390 px with the menu open on ${route}`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto(route)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await menuButton(page).click()
    await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
}

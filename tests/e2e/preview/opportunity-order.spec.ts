import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * An opportunity opened from the table steps through the table's rows in its sort and
 * filters, and leads back to the table as it was.
 */
const grid = (page: Page) => page.locator('table.data-table')
const rowLinks = (page: Page) => grid(page).locator('tbody a.row-link')
const order = (page: Page) => page.getByRole('navigation', { name: 'Edellinen ja seuraava' })
// The first load of the demo export, on a two-core machine shared with other runs.
const LOADED = 15_000
const h1 = (page: Page) => page.getByRole('heading', { level: 1 })

test('previous and next follow the table’s sort, and back returns to the sorted table', async ({
  page,
}) => {
  await page.goto('/opportunities')
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '65', { timeout: LOADED })
  // A number column sorts largest first on its first click.
  await page
    .getByRole('columnheader', { name: /Budjetti/ })
    .getByRole('button')
    .click()
  await expect(page).toHaveURL(/\/opportunities\?sort=-budget$/)
  await expect(page.getByRole('columnheader', { name: /Budjetti/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  // The first four rows in the table's order, as the reader sees them.
  await expect(rowLinks(page).nth(3)).toBeVisible()
  const titles = (await rowLinks(page).allTextContents()).slice(0, 4)

  await rowLinks(page).nth(1).click()
  await expect(h1(page)).toHaveText(titles[1] as string)
  await expect(page).toHaveURL(/sort=-budget&via=table$/)
  await expect(order(page).getByRole('link', { name: `Edellinen: ${titles[0]}` })).toBeVisible()
  await expect(order(page).getByText('2/64')).toBeVisible()

  await order(page)
    .getByRole('link', { name: `Seuraava: ${titles[2]}` })
    .click()
  await expect(h1(page)).toHaveText(titles[2] as string)
  await expect(order(page).getByText('3/64')).toBeVisible()
  await order(page)
    .getByRole('link', { name: `Seuraava: ${titles[3]}` })
    .click()
  await expect(h1(page)).toHaveText(titles[3] as string)
  await order(page)
    .getByRole('link', { name: `Edellinen: ${titles[2]}` })
    .click()
  await expect(h1(page)).toHaveText(titles[2] as string)

  await order(page).getByRole('link', { name: 'Takaisin taulukkoon' }).click()
  await expect(page).toHaveURL(/\/opportunities\?sort=-budget$/)
  await expect(page.getByRole('columnheader', { name: /Budjetti/ })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expect(rowLinks(page).first()).toHaveText(titles[0] as string)
})

test('the first row has no previous, and a filtered table steps only through its rows', async ({
  page,
}) => {
  await page.goto('/opportunities?status=planned&sort=title')
  await expect(rowLinks(page).first()).toBeVisible({ timeout: LOADED })
  const count = await rowLinks(page).count()
  const titles = await rowLinks(page).allTextContents()
  await rowLinks(page).first().click()
  await expect(h1(page)).toHaveText(titles[0] as string)
  await expect(order(page).getByRole('link', { name: /^Edellinen/ })).toHaveCount(0)
  await expect(order(page).getByText(`1/${count}`)).toBeVisible()
  await expect(order(page).getByRole('link', { name: `Seuraava: ${titles[1]}` })).toBeVisible()
})

test('a page opened without a view has no previous / next', async ({ page }) => {
  await page.goto('/opportunities/kk-001')
  await expect(h1(page)).toHaveText('Akkumineraalien arvoketju Kemi-Tornion alueella', {
    timeout: LOADED,
  })
  await expect(order(page)).toHaveCount(0)
})

test('opened from the matrix, previous and next follow the rank, and back returns to the matrix', async ({
  page,
}) => {
  await page.goto('/matrix?show=table')
  const links = page.locator('.matrix-page table tbody th a')
  await expect(links.nth(2)).toBeVisible({ timeout: LOADED })
  const titles = (await links.allTextContents()).slice(0, 3)
  await links.nth(1).click()
  await expect(h1(page)).toHaveText(titles[1] as string)
  await expect(page).toHaveURL(/show=table&via=matrix$/)
  await expect(order(page).getByRole('link', { name: `Edellinen: ${titles[0]}` })).toBeVisible()
  await order(page)
    .getByRole('link', { name: `Seuraava: ${titles[2]}` })
    .click()
  await expect(h1(page)).toHaveText(titles[2] as string)
  await order(page).getByRole('link', { name: 'Takaisin matriisiin' }).click()
  await expect(page).toHaveURL(/\/matrix\?show=table$/)
})

test('opened from the roadmap, previous and next follow its lanes and order, and back returns to it', async ({
  page,
}) => {
  await page.goto('/roadmap?lanes=status&order=rank&show=table')
  const links = page.locator('.rm-table').first().locator('tbody th a')
  await expect(links.nth(2)).toBeVisible({ timeout: LOADED })
  const titles = (await links.allTextContents()).slice(0, 3)
  await links.nth(1).click()
  await expect(h1(page)).toHaveText(titles[1] as string)
  await expect(page).toHaveURL(/via=roadmap$/)
  await expect(order(page).getByRole('link', { name: `Edellinen: ${titles[0]}` })).toBeVisible()
  await order(page)
    .getByRole('link', { name: `Seuraava: ${titles[2]}` })
    .click()
  await expect(h1(page)).toHaveText(titles[2] as string)
  await order(page).getByRole('link', { name: 'Takaisin tiekarttaan' }).click()
  await expect(page).toHaveURL(/\/roadmap\?lanes=status&order=rank&show=table$/)
})

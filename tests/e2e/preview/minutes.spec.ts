import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'
import { expectStored } from './stored-sessions.ts'

/**
 * The printed minutes of a forum session in the built app with the demo export: reached from
 * the sessions page, every decision in its table, the discussed ones apart, printed (print
 * media, A4 width) with nothing wider than the page, and axe in the three languages.
 */

test.describe.configure({ timeout: 120_000 })

const FORUM = 'Johtoryhmän strategiafoorumi'

async function createSession(page: Page) {
  await page.goto('/sessions')
  await expect(page.getByText('Istunto perustuu nyt ladattuun vientiin')).toBeVisible()
  await page.getByLabel('Foorumi', { exact: true }).fill(FORUM)
  await page.getByLabel('Paikka').fill('Rovaniemi')
  await page.getByRole('button', { name: 'Luo istunto' }).click()
  await expect(page.getByText(`Istunto ${FORUM} luotiin ja otettiin käyttöön.`)).toBeVisible()
}

/** Three decisions by their keys on the slides, one of them "discussed, no decision". */
async function decide(page: Page) {
  await page.goto('/present?agenda=kk-001,kk-002,kk-003&slide=3')
  const status = page.locator('.slide').getByRole('status')
  // The first slide waits for the export to load, slow on a busy machine.
  await expect(status).toBeVisible({ timeout: 30_000 })
  for (const [key, word] of [
    ['1', 'Priorisoidaan'],
    ['4', 'Jäädytetään'],
    ['6', 'Käsitelty, ei päätöstä'],
  ] as const) {
    await expect(status).toHaveText('Ei vielä päätöstä')
    await page.keyboard.press(key)
    await expect(status).toContainText(word)
    await page.keyboard.press('n')
    await page.keyboard.type(`Perustelu ${key}: <b>ei merkintää</b> =SUM(A1)`)
    await page.keyboard.press('Escape')
    await page.keyboard.press('ArrowRight')
  }
}

test('the minutes print on A4 with every decision, the discussed ones apart, nothing wider than the page', async ({
  page,
}) => {
  await createSession(page)
  await decide(page)
  await expectStored(page, /Perustelu 6: <b>ei merkintää<\/b> =SUM\(A1\)/)
  await page.goto('/sessions')
  await page.getByRole('link', { name: 'Pöytäkirja (tulostus)' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Pöytäkirja: ${FORUM}`)
  await expect(page).toHaveTitle(/^Pöytäkirja – /)

  // A4 portrait less 15 mm margins is some 680 CSS px wide.
  await page.setViewportSize({ width: 680, height: 960 })
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.site-header')).toBeHidden()
  const table = page.getByRole('table', { name: new RegExp(`päätökset`) })
  await expect(table.locator('tbody tr')).toHaveCount(2)
  await expect(table.locator('tbody tr').nth(0)).toContainText('Priorisoidaan')
  await expect(table.locator('tbody tr').nth(1)).toContainText('Jäädytetään')
  // Notes are text: the markup shows as characters.
  await expect(table).toContainText('Perustelu 1: <b>ei merkintää</b> =SUM(A1)')
  const discussed = page.getByRole('region', { name: 'Käsitelty ilman päätöstä' })
  await expect(discussed.getByRole('listitem')).toHaveCount(1)
  await expect(discussed).toContainText('Perustelu 6')
  await expect(page.getByRole('img', { name: /2 päätettyä kasvumahdollisuutta/ })).toBeVisible()
  await expect(page.locator('.minutes-footer')).toContainText(
    `Lapin älykkään erikoistumisen kasvumahdollisuudet · ${FORUM}`,
  )
  const wide = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    return [...document.querySelectorAll<HTMLElement>('.minutes *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName}.${el.className}`)
  })
  expect(wide).toEqual([])
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680)
})

for (const lang of ['fi', 'sv', 'en'] as const) {
  test(`axe finds no violations on the minutes (${lang})`, async ({ page }) => {
    await createSession(page)
    await decide(page)
    await page.goto(`/sessions?lang=${lang}`)
    await page.getByRole('link', { name: /Pöytäkirja|Protokoll|Minutes/ }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.locator('.minutes-footer')).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
}

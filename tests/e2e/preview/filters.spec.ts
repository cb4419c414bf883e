import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * The shared filters under the header: in the URL, applied by every view, counted as
 * "N / M" in the page text. Counts are worked out from the demo export itself.
 */
interface DemoOpportunity {
  id: string
  theme: string
  status: string
  title: string | Record<string, string>
}
const demo = JSON.parse(readFileSync('mocks/demo-export.json', 'utf8')) as {
  opportunities: DemoOpportunity[]
}
const total = demo.opportunities.length
const count = (pred: (o: DemoOpportunity) => boolean) => demo.opportunities.filter(pred).length

const shown = (page: Page) => page.getByRole('search').getByRole('status')

test('a theme and a status in the link narrow every view, and the count says so', async ({
  page,
}) => {
  const expected = count((o) => o.theme === 'th-tourism' && o.status === 'planned')
  expect(expected).toBeGreaterThan(0)
  for (const view of ['/matrix', '/roadmap', '/opportunities']) {
    await page.goto(`${view}?theme=th-tourism&status=planned`)
    await expect(shown(page)).toHaveText(`${expected} / ${total} kasvumahdollisuutta`)
  }
})

test('checkboxes and the search box write the URL; a reload and Clear behave', async ({ page }) => {
  await page.goto('/roadmap')
  await expect(shown(page)).toHaveText(`${total} / ${total} kasvumahdollisuutta`)
  await page.getByText('Rajaa teeman, tilan ja muiden mukaan').click()
  const status = page.getByRole('group', { name: 'Tila' })
  await status.getByRole('checkbox', { name: /Käynnissä/ }).check()
  await expect(page).toHaveURL(/status=inProgress/)
  const inProgress = count((o) => o.status === 'inProgress')
  await expect(shown(page)).toHaveText(`${inProgress} / ${total} kasvumahdollisuutta`)

  await page.getByRole('searchbox', { name: 'Hae kasvumahdollisuuksia' }).fill('kk-00')
  await expect(page).toHaveURL(/q=kk-00/)
  const withQ = count((o) => o.status === 'inProgress' && o.id.startsWith('kk-00'))
  await expect(shown(page)).toHaveText(`${withQ} / ${total} kasvumahdollisuutta`)

  await page.reload()
  await expect(shown(page)).toHaveText(`${withQ} / ${total} kasvumahdollisuutta`)
  await expect(page.getByRole('searchbox', { name: 'Hae kasvumahdollisuuksia' })).toHaveValue(
    'kk-00',
  )

  await page.getByRole('button', { name: 'Poista rajaukset' }).click()
  await expect(shown(page)).toHaveText(`${total} / ${total} kasvumahdollisuutta`)
  await expect(page.getByRole('searchbox', { name: 'Hae kasvumahdollisuuksia' })).toHaveValue('')
  expect(new URL(page.url()).search).toBe('')
})

test('search ignores case and finds Swedish titles from the Finnish UI', async ({ page }) => {
  const sv = demo.opportunities.find((o) => typeof o.title === 'object' && o.title.sv)
  const word = (sv?.title as Record<string, string>).sv?.split(' ')[0] ?? ''
  await page.goto(`/roadmap?q=${encodeURIComponent(word.toUpperCase())}`)
  const n = Number((await shown(page).textContent())?.split(' ')[0])
  expect(n).toBeGreaterThan(0)
})

test('stale and invalid filters are dropped with a note, never an error page', async ({ page }) => {
  await page.goto('/matrix?theme=th-gone,th-tourism&status=bogus&lang=xx')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi')
  await expect(shown(page)).toHaveText(
    `${count((o) => o.theme === 'th-tourism')} / ${total} kasvumahdollisuutta`,
  )
  await expect(page.getByText(/Linkissä oli 1 teema/)).toBeVisible()
})

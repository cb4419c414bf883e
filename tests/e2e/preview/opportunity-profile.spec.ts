import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * The opportunity page's visual profile in the built app with the demo export: each
 * criterion's bar says the export's own score, the rank is given among the ranked, the small
 * matrix marks this opportunity alone and says where in words, the horizon gives its years,
 * axe is clean in every UI language, and the page prints on one A4 sheet.
 */
interface DemoOpportunity {
  id: string
  scores?: Record<string, number | null>
  horizon?: { start: string; end: string }
}
const demo = JSON.parse(readFileSync('mocks/demo-export.json', 'utf8')) as {
  criteria: { id: string; min?: number; max?: number }[]
  opportunities: DemoOpportunity[]
}
const kk001 = demo.opportunities.find((o) => o.id === 'kk-001') as DemoOpportunity
// The first load of the demo export, on a two-core machine shared with other runs.
const LOADED = 15_000

async function open(page: Page, search = '') {
  await page.goto(`/opportunities/kk-001${search}`)
  await expect(page.locator('table.criterion-bars')).toBeVisible({ timeout: LOADED })
}

test('each criterion bar shows the export’s score on its scale, with the rank', async ({
  page,
}) => {
  await open(page)
  const number = new Intl.NumberFormat('fi', { maximumFractionDigits: 1 })
  for (const c of demo.criteria) {
    const score = kk001.scores?.[c.id]
    const row = page.locator(`table.criterion-bars tr[data-criterion="${c.id}"]`)
    const expected =
      typeof score === 'number'
        ? `${number.format(score)} (asteikko ${c.min ?? 1}–${c.max ?? 5})`
        : 'ei pisteytetty'
    await expect(row.locator('.score-value')).toHaveText(expected)
    // The bar is drawn exactly when there is a score.
    await expect(row.locator('svg.score-bar rect.fill')).toHaveCount(
      typeof score === 'number' ? 1 : 0,
    )
  }
  await expect(page.locator('.rank-text')).toHaveText(/^sija \d+\/\d+$/)
})

test('the small matrix marks this opportunity alone, and says where in words', async ({ page }) => {
  await open(page)
  const chart = page.locator('svg.profile-matrix-chart')
  await expect(chart.locator('[data-self]')).toHaveCount(1)
  expect(await chart.locator('circle.other').count()).toBeGreaterThan(10)
  await expect(page.locator('.profile-matrix-text')).toHaveText(
    /^Vaikuttavuus \d+, toteutettavuus \d+ \(asteikolla 0–100\): neljännes ”[^”]+”, \S+ \S+, \d+ muun kasvumahdollisuuden joukossa\.$/,
  )
  await page.getByRole('link', { name: 'Avaa priorisointimatriisi' }).click()
  await expect(page).toHaveURL(/\/matrix$/)
})

test('the horizon gives its start and end on the strategy period', async ({ page }) => {
  await open(page, '?lang=en')
  const { start, end } = kk001.horizon as { start: string; end: string }
  await expect(page.locator('.horizon-text')).toContainText(
    `Horizon ${start} – ${end}, on the strategy period 2023–2027.`,
  )
  await expect(page.locator('svg.horizon-chart rect.horizon-bar')).toHaveCount(1)
  await expect(page.locator('svg.horizon-chart .milestone.done')).toHaveCount(2)
})

test('with what-if weights, the scores and rank equal the matrix’s', async ({ page }) => {
  await page.goto('/matrix?show=table&w=imp-business:0,fea-time:3')
  const row = page.locator('.matrix-table tbody tr', {
    has: page.locator('a[href*="/opportunities/kk-001"]'),
  })
  await expect(row).toBeVisible({ timeout: LOADED })
  const [impact, feasibility, priority, rank] = await row.locator('td.number').allTextContents()
  await row.getByRole('link').click()
  await expect(page.locator('table.criterion-bars')).toBeVisible()
  await expect(page.getByText('Linkin kokeilupainoilla, kuten matriisissa.')).toBeVisible()
  const scores = page.locator('.axis-scores dd')
  await expect(scores.nth(0)).toHaveText(`${impact} / 100`)
  await expect(scores.nth(1)).toHaveText(`${feasibility} / 100`)
  await expect(scores.nth(2)).toHaveText(`${priority} / 100`)
  await expect(page.locator('.rank-text')).toHaveText(new RegExp(`^sija ${rank}/\\d+$`))
  // The export's own weights rank it differently, so the page did not just show those.
  await page.goto('/opportunities/kk-001')
  await expect(page.locator('.rank-text')).not.toHaveText(new RegExp(`^sija ${rank}/`))
})

for (const lang of ['fi', 'sv', 'en'] as const) {
  test(`axe finds no violations on the profile in ${lang}`, async ({ page }) => {
    await open(page, lang === 'fi' ? '' : `?lang=${lang}`)
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
}

test('the page prints on one A4 page, nothing wider than the paper', async ({ page }) => {
  await open(page)
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('.decision-form')).toBeHidden()
  await expect(page.locator('svg.profile-matrix-chart')).toBeVisible()
  // A4 is 210 mm wide: 794 CSS pixels, less the 10 mm margins on each side.
  await page.setViewportSize({ width: 718, height: 1047 })
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1')
  expect(pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1)
})

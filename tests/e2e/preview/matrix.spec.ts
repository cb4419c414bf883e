import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * The prioritisation matrix in the built app with the demo export: what is placed and what is
 * listed, opening opportunities by pointer and keyboard, what-if weights in the link, export,
 * the table alternative, and axe. Expected scores are worked out here from the export itself,
 * with the spec's rule (weighted means of scores mapped to 0..1).
 */
interface DemoCriterion {
  id: string
  axis: 'impact' | 'feasibility'
  weight?: number
  min?: number
  max?: number
}
interface DemoOpportunity {
  id: string
  theme: string
  title: string | Record<string, string>
  scores?: Record<string, number | null>
}
const demo = JSON.parse(readFileSync('mocks/demo-export.json', 'utf8')) as {
  criteria: DemoCriterion[]
  opportunities: DemoOpportunity[]
}

const titleFi = (o: DemoOpportunity) => (typeof o.title === 'string' ? o.title : (o.title.fi ?? ''))
const byId = (id: string) => demo.opportunities.find((o) => o.id === id) as DemoOpportunity

function axisScore(o: DemoOpportunity, axis: DemoCriterion['axis']): number | null {
  let sum = 0
  let weights = 0
  for (const c of demo.criteria) {
    const v = o.scores?.[c.id]
    if (c.axis !== axis || typeof v !== 'number') continue
    const w = c.weight ?? 1
    sum += (w * (v - (c.min ?? 1))) / ((c.max ?? 5) - (c.min ?? 1))
    weights += w
  }
  return weights === 0 ? null : sum / weights
}

const placed = demo.opportunities.filter(
  (o) => axisScore(o, 'impact') !== null && axisScore(o, 'feasibility') !== null,
)
const unplaced = demo.opportunities.filter((o) => !placed.includes(o))

const chart = (page: Page, name = 'Priorisointimatriisi') =>
  page.getByRole('group', { name, exact: true })
const marks = (page: Page) => chart(page).getByRole('link')
const rankLinks = (page: Page) =>
  page.getByRole('region', { name: 'Järjestys' }).getByRole('listitem').getByRole('link')
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

async function open(page: Page, query = '') {
  await page.goto(`/matrix${query}`)
  await expect(page.locator('.matrix-chart[data-drawn]')).toBeAttached()
}

test('places every opportunity scored on both axes, with its scores, and lists the rest', async ({
  page,
}) => {
  expect(unplaced.length).toBeGreaterThan(0)
  await open(page)
  await expect(marks(page)).toHaveCount(placed.length)
  // kk-001: the accessible name starts with the title and states scores, quadrant and rank.
  const o = byId('kk-001')
  const impact = Math.round((axisScore(o, 'impact') as number) * 100)
  const feasibility = Math.round((axisScore(o, 'feasibility') as number) * 100)
  await expect(
    chart(page).getByRole('link', {
      name: new RegExp(
        `^${escapeRe(titleFi(o))}: vaikuttavuus ${impact}, toteutettavuus ${feasibility}, Toimi nyt, sija \\d+`,
      ),
    }),
  ).toHaveCount(1)
  // Partly scored ones say so.
  const partial = placed.filter((p) =>
    demo.criteria.some((c) => typeof p.scores?.[c.id] !== 'number'),
  )
  expect(partial.length).toBeGreaterThan(0)
  await expect(chart(page).getByRole('link', { name: /osittain pisteytetty/ })).toHaveCount(
    partial.length,
  )

  const notPlaced = page.getByRole('region', { name: /Sijoittamatta/ })
  await expect(notPlaced.getByRole('listitem')).toHaveCount(unplaced.length)
  for (const u of unplaced)
    await expect(notPlaced.getByRole('link', { name: titleFi(u) })).toBeVisible()
  // The chart describes its axes.
  await expect(chart(page)).toHaveAccessibleDescription(/Toteutettavuus kasvaa vasemmalta oikealle/)
})

test('a click on a bubble opens that opportunity', async ({ page }) => {
  await open(page)
  const o = byId('kk-001')
  await chart(page)
    .getByRole('link', { name: new RegExp(`^${escapeRe(titleFi(o))}:`) })
    .click()
  await expect(page).toHaveURL(/\/opportunities\/kk-001\?via=matrix$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleFi(o))
})

test('the keyboard reaches the chart in one tab stop, moves by arrows, Home and End, opens with Enter and leaves with Escape', async ({
  page,
}) => {
  await open(page)
  const ranked = await rankLinks(page).allTextContents()
  await page.getByRole('button', { name: 'Lataa PNG' }).focus()
  await page.keyboard.press('Tab') // full screen
  await page.keyboard.press('Tab')
  const focused = page.locator(':focus')
  await expect(focused).toHaveAttribute('aria-label', new RegExp(`^${escapeRe(ranked[0] ?? '')}:`))

  // From the top-ranked (far right, high), moving left and down reaches others.
  const centre = async () => {
    const box = await focused.boundingBox()
    return { x: (box?.x ?? 0) + (box?.width ?? 0) / 2, y: (box?.y ?? 0) + (box?.height ?? 0) / 2 }
  }
  const start = await centre()
  await page.keyboard.press('ArrowLeft')
  const left = await centre()
  expect(left.x).toBeLessThan(start.x)
  await page.keyboard.press('ArrowDown')
  const down = await centre()
  expect(down.y).toBeGreaterThan(left.y)
  await page.keyboard.press('ArrowRight')
  expect((await centre()).x).toBeGreaterThan(down.x)

  const last = placed.length
  await page.keyboard.press('End')
  await expect(focused).toHaveAttribute('aria-label', new RegExp(`sija ${last}`))
  await page.keyboard.press('Home')
  await expect(focused).toHaveAttribute('aria-label', new RegExp(`^${escapeRe(ranked[0] ?? '')}:`))
  // Still one tab stop: Tab leaves the chart.
  await expect(chart(page).locator('[tabindex="0"]')).toHaveCount(1)

  await page.keyboard.press('Escape')
  await expect(page.locator('.matrix-chart')).toBeFocused()

  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowDown')
  const target = await focused.getAttribute('aria-label')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/opportunities\/kk-\d{3}\?via=matrix$/)
  expect(
    target?.startsWith(`${await page.getByRole('heading', { level: 1 }).textContent()}:`),
  ).toBe(true)
})

test('a weight change reorders the ranking, marks who moved, and survives a reload through the URL', async ({
  page,
}) => {
  await open(page)
  const before = await rankLinks(page).allTextContents()
  const slider = page.getByRole('slider', { name: 'Lappilaisten hyvinvoinnin kasvu' })
  await expect(slider).toHaveValue('1')
  await slider.focus()
  await page.keyboard.press('End')
  await expect(slider).toHaveValue('3')
  await expect(page).toHaveURL(/[?&]w=imp-wellbeing:3(&|$)/)
  await expect.poll(() => rankLinks(page).allTextContents()).not.toEqual(before)
  const after = await rankLinks(page).allTextContents()
  await expect(page.getByText(/^nousi \d+ sija/).first()).toBeAttached()

  await page.reload()
  await expect(page.locator('.matrix-chart[data-drawn]')).toBeAttached()
  await expect(page.getByRole('slider', { name: 'Lappilaisten hyvinvoinnin kasvu' })).toHaveValue(
    '3',
  )
  await expect.poll(() => rankLinks(page).allTextContents()).toEqual(after)

  await page.getByRole('button', { name: 'Palauta aineiston painot' }).click()
  await expect(page).not.toHaveURL(/w=/)
  await expect.poll(() => rankLinks(page).allTextContents()).toEqual(before)
})

test('the chart downloads as SVG and as PNG', async ({ page }) => {
  await open(page)
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lataa SVG' }).click(),
  ])
  expect(svg.suggestedFilename()).toMatch(/\.svg$/)
  const svgText = readFileSync((await svg.path()) ?? '', 'utf8')
  expect(svgText).toMatch(/^(<\?xml[^>]*\?>\n)?<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
  // A standalone XML file: the browser's XML parser reads it without an error.
  const errors = await page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror')
        .length,
    svgText,
  )
  expect(errors).toBe(0)
  expect(svgText).toContain('Toimi nyt')
  expect(svgText.match(/<path/g)?.length ?? 0).toBeGreaterThan(placed.length)

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lataa PNG' }).click(),
  ])
  expect(png.suggestedFilename()).toMatch(/\.png$/)
  const bytes = readFileSync((await png.path()) ?? '')
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))
  expect(bytes.length).toBeGreaterThan(10_000)
})

test('the table alternative shows the same opportunities, scores, ranks and quadrants', async ({
  page,
}) => {
  await open(page)
  await page.getByRole('button', { name: 'Näytä taulukkona' }).click()
  await expect(page).toHaveURL(/show=table/)
  const table = page.getByRole('table', { name: /Matriisi taulukkona/ })
  await expect(table.getByRole('row')).toHaveCount(demo.opportunities.length + 1)
  const o = byId('kk-001')
  const row = table.getByRole('row', { name: new RegExp(`^${escapeRe(titleFi(o))}`) })
  await expect(row.getByRole('cell').nth(1)).toHaveText(
    String(Math.round((axisScore(o, 'impact') as number) * 100)),
  )
  await expect(row.getByRole('cell').nth(2)).toHaveText(
    String(Math.round((axisScore(o, 'feasibility') as number) * 100)),
  )
  await expect(row.getByRole('cell').last()).toHaveText(/^Toimi nyt( \(vakaa\))?$/)
  await expect(table.getByRole('cell', { name: 'sijoittamatta' })).toHaveCount(unplaced.length)
  // The robust ring in words: the same opportunities as on the chart, with the meaning below.
  const robustInTable = await table.getByRole('cell', { name: /\(vakaa\)$/ }).count()
  expect(robustInTable).toBeGreaterThan(0)
  await expect(page.locator('.matrix-table p', { hasText: /^Vakaa: / })).toBeVisible()
  await page.getByRole('button', { name: 'Näytä kaaviona' }).click()
  await expect(marks(page)).toHaveCount(placed.length)
  await expect(chart(page).getByRole('link', { name: /, vakaa$/ })).toHaveCount(robustInTable)
})

test('a legend item hides its theme through the shared filter, and the size follows the choice', async ({
  page,
}) => {
  await open(page)
  const toggle = page.getByRole('button', { name: 'Arktinen matkailu ja elämystalous' })
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(page).toHaveURL(/theme=/)
  expect(page.url()).not.toMatch(/th-tourism/)
  await expect(marks(page)).toHaveCount(placed.filter((o) => o.theme !== 'th-tourism').length)
  await toggle.click()
  await expect(page).not.toHaveURL(/theme=/)

  await page.getByLabel('Kuvion koko').selectOption('sources')
  await expect(page).toHaveURL(/size=sources/)
  await expect(page.getByText('Koko: Lähteiden määrä')).toBeVisible()
})

const AXE_VIEWS = [
  ['the chart', '?size=budget'],
  ['a what-if', '?w=imp-rdi:2.5'],
  ['the table', '?show=table'],
] as const
for (const lang of ['fi', 'en'] as const) {
  for (const [view, query] of AXE_VIEWS) {
    test(`axe finds no violations on ${view} (${lang})`, async ({ page }) => {
      await page.goto(`/matrix${query}${lang === 'en' ? '&lang=en' : ''}`)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      if (query.includes('table')) await expect(page.getByRole('table')).toBeVisible()
      else {
        await expect(page.locator('.matrix-chart[data-drawn]')).toBeAttached()
        await expect(
          chart(page, lang === 'en' ? 'Prioritisation matrix' : 'Priorisointimatriisi'),
        ).toBeVisible()
      }
      const results = await new AxeBuilder({ page }).analyze()
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([])
    })
  }
}

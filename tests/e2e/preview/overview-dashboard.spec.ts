import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * The overview dashboard in the built app with the demo export: the tiles and charts show the
 * export's own numbers (counted here from the file), each chart's table twin says the same,
 * clicks open the filtered views, the shared filters narrow the dashboard, and axe is clean.
 */
interface DemoOpportunity {
  id: string
  theme: string
  status: string
  growthGoals: string[]
  budgetEur?: number
  horizon?: { start: string; end: string }
  actors?: { role: string }[]
  scores?: Record<string, number | null>
}
const demo = JSON.parse(readFileSync('mocks/demo-export.json', 'utf8')) as {
  dataset: { strategyPeriod: { start: number; end: number } }
  criteria: { id: string; axis: 'impact' | 'feasibility' }[]
  themes: { id: string; name: string | Record<string, string> }[]
  opportunities: DemoOpportunity[]
}
const all = demo.opportunities
const need = (list: readonly DemoOpportunity[]) => list.reduce((n, o) => n + (o.budgetEur ?? 0), 0)
/** Intl's spaces (no-break, narrow no-break) as plain ones, so texts compare as read. */
const plain = (s: string) => s.replace(/[\s\u00a0\u202f]+/g, ' ').trim()
const euros = (n: number) =>
  plain(
    new Intl.NumberFormat('fi', {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    }).format(n),
  )
const themeName = (id: string) => {
  const name = demo.themes.find((t) => t.id === id)?.name
  return typeof name === 'string' ? name : (name?.fi ?? '')
}

const STATUS_FI: Record<string, string> = {
  identified: 'Tunnistettu',
  prioritised: 'Priorisoitu',
  planned: 'Suunniteltu',
  inProgress: 'Käynnissä',
  completed: 'Valmis',
  onHold: 'Tauolla',
  discarded: 'Hylätty',
}

// Each test loads the export and most run axe or open every table: on a shared two-core
// machine that takes longer than the project's defaults.
test.describe.configure({ timeout: 90_000 })

async function open(page: Page, query = '') {
  await page.goto(`/${query}`)
  await expect(page.locator('.dash-tiles')).toBeVisible({ timeout: 30_000 })
  // The charts' code comes after the figures.
  await expect(page.locator('.dash-grid:not(.dash-pending)')).toBeVisible({ timeout: 30_000 })
}

/** The filter bar's count; the overview may stay in the DOM, hidden, while a view loads. */
const shownCount = (page: Page) => page.locator('.shown-count:visible')

const tile = (page: Page, id: string) => page.locator(`[data-tile="${id}"]`)
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true })

/** The twin table's rows as [label, ...cells], after opening its disclosure. */
async function twinRows(card: Locator): Promise<string[][]> {
  await card.getByText('Näytä taulukkona').click()
  const rows = card.getByRole('table').locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  return (
    await rows.evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')),
    )
  ).map((r) => r.map(plain))
}

test('tiles show the demo export’s totals, shares and funding need', async ({ page }) => {
  await open(page)
  await expect(tile(page, 'opportunities').locator('.tile-value')).toHaveText(String(all.length))
  await expect(tile(page, 'funding').locator('.tile-value')).toHaveText(euros(need(all)), {
    useInnerText: true,
  })
  const withLead = all.filter((o) => o.actors?.some((a) => a.role === 'lead')).length
  await expect(tile(page, 'lead').locator('.tile-note')).toHaveText(`${withLead}/${all.length}`)
  await expect(tile(page, 'lead').locator('.tile-value')).toHaveText(
    new RegExp(`^${Math.round((withLead / all.length) * 100)}\\s%$`),
  )
  const scheduled = all.filter((o) => o.horizon).length
  await expect(tile(page, 'scheduled').locator('.tile-note')).toHaveText(
    `${scheduled}/${all.length}`,
  )
})

test('the status bar, theme and goal charts and their table twins show the same counts', async ({
  page,
}) => {
  await open(page)
  const status = region(page, 'Tilan mukaan')
  const legend = (await status.locator('.status-legend li').allInnerTexts()).map(plain)
  const statusTwin = await twinRows(status)
  expect(statusTwin.map((r) => r[0])).toEqual(Object.values(STATUS_FI))
  for (const [i, [key, label]] of Object.entries(STATUS_FI).entries()) {
    const count = all.filter((o) => o.status === key).length
    expect(statusTwin[i]?.[1]).toBe(String(count))
    expect(legend[i]).toBe(
      `${label}: ${count} ${count === 1 ? 'kasvumahdollisuus' : 'kasvumahdollisuutta'}`,
    )
  }

  const themes = region(page, 'Teemoittain')
  const themeTwin = await twinRows(themes)
  expect(themeTwin).toEqual(
    demo.themes.map((t) => {
      const mine = all.filter((o) => o.theme === t.id)
      return [themeName(t.id), String(mine.length), euros(need(mine))]
    }),
  )
  // The bars' written figures are the twin's.
  const themeValues = (await themes.locator('.group-value').allInnerTexts()).map(plain)
  expect(themeValues).toEqual(themeTwin.flatMap((r) => r.slice(1)))

  const goals = region(page, 'Kasvutavoitteen mukaan')
  const goalTwin = await twinRows(goals)
  expect(goalTwin.map((r) => r.slice(1))).toEqual(
    ['business', 'rdi', 'wellbeing'].map((g) => {
      const mine = all.filter((o) => o.growthGoals.includes(g))
      return [String(mine.length), euros(need(mine))]
    }),
  )
  const goalValues = (await goals.locator('.group-value').allInnerTexts()).map(plain)
  expect(goalValues).toEqual(goalTwin.flatMap((r) => r.slice(1)))

  const top = region(page, 'Kymmenen kärjessä prioriteettipisteiden mukaan')
  const topTwin = await twinRows(top)
  expect(topTwin.map((r) => r[1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
  const topValues = (await top.locator('.top-ten .group-value').allInnerTexts()).map(
    (v) => plain(v).split(' ').at(-1) ?? '',
  )
  expect(topValues).toEqual(topTwin.map((r) => r[2]))
})

test('a theme, a status and a needs-attention item each open the filtered view', async ({
  page,
}) => {
  await open(page)
  const theme = demo.themes[0] as { id: string }
  await region(page, 'Teemoittain')
    .getByRole('link', { name: themeName(theme.id) })
    .click()
  await expect(page).toHaveURL(new RegExp(`/opportunities\\?theme=${theme.id}$`))
  const inTheme = all.filter((o) => o.theme === theme.id).length
  await expect(shownCount(page)).toHaveText(`${inTheme} / 64 kasvumahdollisuutta`)

  await open(page)
  await region(page, 'Tilan mukaan')
    .getByRole('link', { name: /^Suunniteltu:/ })
    .click()
  await expect(page).toHaveURL(/\/opportunities\?status=planned$/)
  const planned = all.filter((o) => o.status === 'planned').length
  await expect(shownCount(page)).toHaveText(`${planned} / 64 kasvumahdollisuutta`)

  // Keyboard: the attention links are in the tab order and keep the filters.
  await open(page, '?goal=wellbeing')
  const unscored = region(page, 'Vaatii huomiota').getByRole('link', {
    name: /ilman prioriteettipisteitä/,
  })
  await unscored.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/matrix\?goal=wellbeing$/)
})

test('the shared filters narrow every figure of the overview', async ({ page }) => {
  await open(page, '?goal=wellbeing')
  const wellbeing = all.filter((o) => o.growthGoals.includes('wellbeing'))
  await expect(tile(page, 'opportunities').locator('.tile-value')).toHaveText(
    String(wellbeing.length),
  )
  await expect(tile(page, 'opportunities')).toContainText('64 ladatusta')
  await expect(shownCount(page)).toHaveText(`${wellbeing.length} / 64 kasvumahdollisuutta`)
  const goalTwin = await twinRows(region(page, 'Kasvutavoitteen mukaan'))
  expect(goalTwin.map((r) => r[1])).toEqual(
    ['business', 'rdi', 'wellbeing'].map((g) =>
      String(wellbeing.filter((o) => o.growthGoals.includes(g)).length),
    ),
  )
  // Choosing in the filter bar narrows the dashboard at once, without a link.
  await page.getByRole('searchbox').fill('matkailu')
  await expect(tile(page, 'opportunities').locator('.tile-value')).not.toHaveText(
    String(wellbeing.length),
  )
})

test('the small matrix places the scored opportunities and opens the matrix', async ({ page }) => {
  const scoredOn = (o: DemoOpportunity, axis: 'impact' | 'feasibility') =>
    demo.criteria.some((c) => c.axis === axis && typeof o.scores?.[c.id] === 'number')
  const placed = all.filter((o) => scoredOn(o, 'impact') && scoredOn(o, 'feasibility')).length
  await open(page)
  const card = region(page, 'Vaikuttavuus ja toteutettavuus')
  // One path per theme, each drawing its opportunities' symbols.
  await expect(card.locator('svg path[data-points]').first()).toBeAttached()
  const drawn = await card
    .locator('svg path[data-points]')
    .evaluateAll((paths) => paths.reduce((n, p) => n + Number(p.getAttribute('data-points')), 0))
  expect(drawn).toBe(placed)
  const quadrants = await twinRows(card)
  expect(quadrants.map((r) => r[0])).toEqual([
    'Toimi nyt',
    'Rakenna edellytykset',
    'Nopeat voitot',
    'Harkitse uudelleen',
  ])
  expect(quadrants.reduce((n, r) => n + Number(r[1]), 0)).toBe(placed)
  await card
    .getByRole('link', {
      name: `Avaa priorisointimatriisi (${placed} kasvumahdollisuutta sijoitettu)`,
    })
    .click()
  await expect(page).toHaveURL(/\/matrix$/)
})

test('the year chart counts starts and ends in the strategy period and opens the roadmap', async ({
  page,
}) => {
  const { start, end } = demo.dataset.strategyPeriod
  const yearOf = (period: string) => Math.min(end, Math.max(start, Number(period.slice(0, 4))))
  await open(page)
  const card = region(page, 'Alkavat ja päättyvät vuosittain')
  const years = await twinRows(card)
  const expected: string[][] = []
  for (let year = start; year <= end; year++) {
    const starts = all.filter((o) => o.horizon && yearOf(o.horizon.start) === year).length
    const ends = all.filter((o) => o.horizon && yearOf(o.horizon.end) === year).length
    expected.push([String(year), String(starts), String(ends)])
  }
  expect(years).toEqual(expected)
  await card.getByRole('link', { name: 'Avaa tiekartta' }).click()
  await expect(page).toHaveURL(/\/roadmap$/)
})

test('the overview prints on one A4 page', async ({ page }) => {
  await open(page)
  await page.emulateMedia({ media: 'print' })
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1')
  expect(pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1)
})

for (const lang of ['fi', 'sv', 'en'] as const) {
  test(`axe finds no violations on the dashboard in ${lang}, twins open`, async ({ page }) => {
    await open(page, lang === 'fi' ? '' : `?lang=${lang}`)
    for (const summary of await page.locator('.chart-twin > summary').all()) await summary.click()
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
}

import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * The roadmap in the built app with the demo export: what is drawn and listed, grouping,
 * keyboard, zoom, links that keep the view, export, accessibility. Expectations are worked
 * out from the demo export itself.
 */
interface DemoOpportunity {
  id: string
  title: string | Record<string, string>
  horizon?: { start: string; end: string }
  growthGoals: string[]
}
const demo = JSON.parse(readFileSync('mocks/demo-export.json', 'utf8')) as {
  opportunities: DemoOpportunity[]
}
const fi = (o: DemoOpportunity) => (typeof o.title === 'string' ? o.title : (o.title.fi ?? ''))
const unscheduled = demo.opportunities.filter((o) => !o.horizon)
const scheduled = demo.opportunities.filter((o) => o.horizon)

const timeline = (page: Page) => page.getByRole('group', { name: 'Tiekartta', exact: true })
const laneToggles = (page: Page) => timeline(page).getByRole('button')
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Lane names and counts, from the toggle buttons ("Teema (13 kasvumahdollisuutta)"). */
async function lanes(page: Page): Promise<{ name: string; count: number }[]> {
  const texts = await laneToggles(page).allTextContents()
  return texts.map((text) => {
    const m = /^\W*(.+?) \((\d+) kasvumahdollisuu/.exec(text)
    return { name: m?.[1] ?? text, count: Number(m?.[2] ?? NaN) }
  })
}

test.use({ viewport: { width: 1600, height: 1000 } })

test('draws every scheduled opportunity in a lane and lists the unscheduled ones beside', async ({
  page,
}) => {
  expect(unscheduled).toHaveLength(7)
  await page.goto('/roadmap')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tiekartta')
  await expect(timeline(page)).toBeVisible()
  const byTheme = await lanes(page)
  expect(byTheme.map((l) => l.name)).toEqual([
    'Arktinen teollisuus, kiertotalous ja puhdas energia',
    'Arktiset luonnonvarat ja biotalous',
    'Arktinen matkailu ja elämystalous',
    'Arktinen testaus, turvallisuus ja kehitysympäristöt',
    'Digitalisaatio, osaaminen ja arktinen hyvinvointi',
  ])
  expect(byTheme.reduce((n, l) => n + l.count, 0)).toBe(scheduled.length)

  const list = page.getByRole('region', { name: 'Aikatauluttamattomat' }).getByRole('listitem')
  await expect(list).toHaveCount(7)
  for (const o of unscheduled) {
    await expect(list.getByRole('link', { name: fi(o), exact: true })).toBeVisible()
    // An unscheduled opportunity has no bar.
    await expect(
      timeline(page).getByRole('link', { name: new RegExp(`^${escape(fi(o))},`) }),
    ).toHaveCount(0)
  }
  // A bar's name starts with its title and states its period and status.
  await expect(
    timeline(page).getByRole('link', {
      name: 'Akkumineraalien arvoketju Kemi-Tornion alueella, 1.7.2023–31.12.2027, Käynnissä',
    }),
  ).toBeVisible()

  // The table alternative has a row per scheduled opportunity (first page of 50).
  await page.getByRole('button', { name: 'Näytä taulukkona' }).click()
  await expect(page).toHaveURL(/show=table/)
  await expect(page.getByText(`Rivit 1–50 / ${scheduled.length}`)).toBeVisible()
  const table = page.getByRole('table', { name: 'Tiekartta taulukkona' })
  await expect(table.getByRole('row')).toHaveCount(51)
})

test('switching the grouping changes the lanes, and the URL keeps it', async ({ page }) => {
  await page.goto('/roadmap')
  await page.getByLabel('Kaistat').selectOption({ label: 'Tila' })
  await expect(page).toHaveURL(/lanes=status/)
  const byStatus = await lanes(page)
  expect(byStatus.map((l) => l.name)).toContain('Käynnissä')
  expect(byStatus.map((l) => l.name)).not.toContain('Arktinen matkailu ja elämystalous')
  expect(byStatus.reduce((n, l) => n + l.count, 0)).toBe(scheduled.length)

  // A lane collapses and expands with its button.
  const toggle = laneToggles(page).filter({ hasText: 'Käynnissä' })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')

  // Growth goals are a list: each opportunity is drawn once, and the page says in which lane.
  await expect(page.getByText(/ensimmäisenä mainitun tavoitteen kaistalla/)).toHaveCount(0)
  await page.getByLabel('Kaistat').selectOption({ label: 'Kasvutavoite' })
  await expect(page.getByLabel('Kaistat')).toHaveAccessibleDescription(
    /näkyy kerran: ensimmäisenä mainitun tavoitteen kaistalla/,
  )
  const byGoal = await lanes(page)
  expect(byGoal.reduce((n, l) => n + l.count, 0)).toBe(scheduled.length)
})

test('filtered by a growth goal, lanes by goal put every bar in that goal’s lane', async ({
  page,
}) => {
  const business = scheduled.filter((o) => o.growthGoals.includes('business'))
  // Many of them list another goal first: without the filter they sit in that goal's lane.
  await page.goto('/roadmap?lanes=goal')
  await expect(laneToggles(page).filter({ hasText: 'TKI-osaamisen kasvu' })).toBeVisible()
  await page.goto('/roadmap?lanes=goal&goal=business')
  await expect(laneToggles(page)).toHaveCount(1)
  expect(await lanes(page)).toEqual([{ name: 'Yritysten kasvu', count: business.length }])
})

test('arrow keys move focus between bars, and Enter opens the focused opportunity', async ({
  page,
}) => {
  await page.goto('/roadmap')
  const first = timeline(page).locator('a[tabindex="0"]')
  await expect(first).toHaveCount(1)
  await first.focus()
  const bar = (title: string) =>
    timeline(page).getByRole('link', { name: new RegExp(`^${escape(title)},`) })
  await expect(bar('Teollisuuden kunnossapidon digitalisaatio')).toBeFocused()
  // Down: the next bar in lane order (the same row, later in time).
  await page.keyboard.press('ArrowDown')
  await expect(bar('Kriittisten mineraalien etsinnän uudet menetelmät')).toBeFocused()
  // Left: the previous bar in time within the lane.
  await page.keyboard.press('ArrowLeft')
  const focused = page.locator(':focus')
  const name = await focused.getAttribute('aria-label')
  expect(name).not.toMatch(/^Kriittisten mineraalien/)
  await expect(focused).toHaveAttribute('tabindex', '0')
  // The tooltip shows for the focused bar.
  await expect(page.getByRole('tooltip')).toContainText(name?.split(',')[0] ?? '')
  const id = await focused.getAttribute('data-id')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`/opportunities/${id}\\?via=roadmap$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name?.split(',')[0] ?? '')
})

test('zoom changes the ticks, and zoom and grouping survive a reload', async ({ page }) => {
  await page.goto('/roadmap')
  const labels = (level: string) => page.locator(`.rm-axis text[data-tick-level="${level}"]`)
  await expect(labels('year').first()).toBeVisible()
  await expect(labels('quarter')).toHaveCount(0)
  await expect(labels('month')).toHaveCount(0)

  await page.getByRole('button', { name: 'Kuukaudet' }).click()
  await expect(page).toHaveURL(/zoom=month/)
  await expect(page.getByRole('button', { name: 'Kuukaudet' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(labels('month').first()).toBeVisible()
  expect(await labels('month').count()).toBeGreaterThanOrEqual(5)

  await page.getByRole('button', { name: 'Neljännekset' }).click()
  await expect(labels('month')).toHaveCount(0)
  await expect(labels('quarter').first()).toHaveText(/^Q[1-4]$/)
  const from = new URL(page.url()).searchParams.get('from')
  // Panning later moves the first visible day and keeps it in the URL.
  await page.getByRole('button', { name: 'Myöhemmäksi' }).click()
  await expect(page).not.toHaveURL(new RegExp(`from=${from}(&|$)`))
  await page.getByLabel('Kaistat').selectOption({ label: 'Kasvutavoite' })
  await expect(page).toHaveURL(/zoom=quarter/)
  await expect(page).toHaveURL(/lanes=goal/)

  await page.reload()
  await expect(page.getByRole('button', { name: 'Neljännekset' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByLabel('Kaistat')).toHaveValue('goal')
  await expect(labels('quarter').first()).toBeVisible()
  expect((await lanes(page)).map((l) => l.name)).toContain('Yritysten kasvu')
})

test('SVG export downloads a self-contained picture of the roadmap', async ({ page }) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await page.goto('/roadmap')
  await expect(timeline(page)).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lataa SVG' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^tiekartta-\d{4}-\d{2}-\d{2}\.svg$/)
  const text = readFileSync(await download.path(), 'utf8')
  expect(text).toContain('<svg')
  expect(text).toContain('xmlns="http://www.w3.org/2000/svg"')
  expect(text).toContain('Akkumineraalien arvoketju Kemi-Tornion alueella')
  expect(text).toContain('Arktinen matkailu ja elämystalous')
  // Nothing was fetched from anywhere but the app itself.
  const origin = new URL(page.url()).origin
  expect(
    requests.filter(
      (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
    ),
  ).toEqual([])
})

for (const lang of ['fi', 'en'] as const) {
  for (const show of ['chart', 'table'] as const) {
    test(`axe finds no violations on the roadmap (${lang}, ${show})`, async ({ page }) => {
      const q = new URLSearchParams()
      if (lang === 'en') q.set('lang', 'en')
      if (show === 'table') q.set('show', 'table')
      await page.goto(`/roadmap?${q.toString()}`)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        lang === 'fi' ? 'Tiekartta' : 'Roadmap',
      )
      if (show === 'chart') {
        await expect(
          page.getByRole('group', { name: lang === 'fi' ? 'Tiekartta' : 'Roadmap', exact: true }),
        ).toBeVisible()
        // Focus a bar so its tooltip and dependency arrows are part of the check.
        await page.locator('.rm-lanes a[tabindex="0"]').focus()
        await expect(page.getByRole('tooltip')).toBeVisible()
      } else {
        await expect(page.getByRole('table').first()).toBeVisible()
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

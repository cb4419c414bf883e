import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Download, Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'
import { validateExportText } from '../../../src/domain/validate/validate-export.ts'

/**
 * The analysts' table at /opportunities in the built app, with the demo export (64
 * opportunities): sorting, filters, grouping, columns, state in the URL, CSV and JSON export.
 */

const grid = (page: Page) =>
  page.getByRole('table', { name: /^(Kasvumahdollisuudet|Growth opportunities)$/ })
const header = (page: Page, name: string) =>
  grid(page).getByRole('columnheader', { name: new RegExp(`^${name}`) })

/** The rendered rows as cell texts, and the header names, read in one go. */
async function rows(page: Page): Promise<{ headers: string[]; cells: string[][] }> {
  return grid(page).evaluate((table) => ({
    headers: [...table.querySelectorAll('thead th .sort-label')].map((th) => th.textContent ?? ''),
    cells: [...table.querySelectorAll('tbody tr[aria-rowindex]')]
      .filter((tr) => !tr.classList.contains('group-row'))
      .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')),
  }))
}

async function column(page: Page, name: string): Promise<string[]> {
  const { headers, cells } = await rows(page)
  const i = headers.indexOf(name)
  expect(i, `column ${name} in ${headers.join(', ')}`).toBeGreaterThanOrEqual(0)
  return cells.map((r) => r[i] ?? '')
}

const num = (s: string) => Number(s.replace(/\s/g, '').replace(',', '.'))

/** Non-empty values in order (by `cmp`), every empty one after them. */
function expectSorted(values: string[], cmp: (a: string, b: string) => number) {
  const firstEmpty = values.indexOf('')
  const filled = firstEmpty < 0 ? values : values.slice(0, firstEmpty)
  if (firstEmpty >= 0) expect(values.slice(firstEmpty).every((v) => v === '')).toBe(true)
  for (let i = 1; i < filled.length; i++)
    expect(cmp(filled[i - 1] as string, filled[i] as string)).toBeLessThanOrEqual(0)
}

async function open(page: Page, query = '') {
  await page.goto(`/opportunities${query}`)
  await expect(grid(page)).toHaveAttribute('aria-rowcount', /\d+/, { timeout: 15_000 })
}

test('a header click sorts, a second click reverses, focus stays on the header', async ({
  page,
}) => {
  await open(page)
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '65')
  const priority = header(page, 'Prioriteettipisteet').getByRole('button')
  await priority.click()
  await expect(header(page, 'Prioriteettipisteet')).toHaveAttribute('aria-sort', 'descending')
  await expect(page).toHaveURL(/sort=-priority/)
  await expect(priority).toBeFocused()
  expectSorted(await column(page, 'Prioriteettipisteet'), (a, b) => num(b) - num(a))
  // Rank 1 is the highest priority.
  expect((await column(page, 'Sija'))[0]).toBe('1')

  await page.keyboard.press('Enter')
  await expect(header(page, 'Prioriteettipisteet')).toHaveAttribute('aria-sort', 'ascending')
  await expect(priority).toBeFocused()
  expectSorted(await column(page, 'Prioriteettipisteet'), (a, b) => num(a) - num(b))

  // Text in Finnish collation: Ä and Ö after Z.
  await header(page, 'Nimi').getByRole('button').click()
  await expect(header(page, 'Nimi')).toHaveAttribute('aria-sort', 'ascending')
  await expect(header(page, 'Prioriteettipisteet')).not.toHaveAttribute('aria-sort', /.+/)
  const collator = new Intl.Collator('fi-FI', { sensitivity: 'base', numeric: true })
  expectSorted(await column(page, 'Nimi'), (a, b) => collator.compare(a, b))
})

test('shift-click adds a second sort column', async ({ page }) => {
  await open(page)
  await header(page, 'Tila').getByRole('button').click()
  await header(page, 'Budjetti \\(€\\)')
    .getByRole('button')
    .click({ modifiers: ['Shift'] })
  await expect(page).toHaveURL(/sort=status,-budget/)
  await expect(header(page, 'Tila')).toHaveAttribute('aria-sort', 'ascending')
  await expect(header(page, 'Budjetti \\(€\\)')).toHaveAttribute('aria-sort', 'descending')
  const statuses = await column(page, 'Tila')
  const budgets = await column(page, 'Budjetti (€)')
  const order = ['Tunnistettu', 'Priorisoitu', 'Suunniteltu', 'Käynnissä', 'Valmis']
  // Statuses follow their life cycle; within one status, budgets fall, empty ones last.
  for (let i = 1; i < statuses.length; i++) {
    const a = statuses[i - 1] as string
    const b = statuses[i] as string
    if (order.includes(a) && order.includes(b))
      expect(order.indexOf(a)).toBeLessThanOrEqual(order.indexOf(b))
    if (a === b && budgets[i] !== '') {
      expect(budgets[i - 1]).not.toBe('')
      expect(num(budgets[i - 1] as string)).toBeGreaterThanOrEqual(num(budgets[i] as string))
    }
  }
})

test('search and column filters narrow aria-rowcount and the count', async ({ page }) => {
  await open(page)
  await page.getByRole('searchbox', { name: 'Hae kasvumahdollisuuksia' }).fill('porotalous')
  await expect(grid(page)).not.toHaveAttribute('aria-rowcount', '65')
  const searched = Number(await grid(page).getAttribute('aria-rowcount')) - 1
  expect(searched).toBeGreaterThan(0)
  expect(searched).toBeLessThan(64)
  await expect(page.getByText(`Taulukossa ${searched} / 64 kasvumahdollisuutta`)).toBeVisible()
  await expect(page).toHaveURL(/q=porotalous/)

  await page.getByRole('searchbox', { name: 'Hae kasvumahdollisuuksia' }).fill('')
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '65')
  await page.getByText('Sarakesuodattimet').click()
  const planned = page
    .getByRole('group', { name: 'Tila' })
    .getByRole('checkbox', { name: /^Suunniteltu \(15\)/ })
  await planned.check()
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '16')
  await expect(page).toHaveURL(/status=planned/)
  expect(new Set(await column(page, 'Tila'))).toEqual(new Set(['Suunniteltu']))

  // A min–max filter on budgets: every row left is within it.
  const budget = page.getByRole('group', { name: 'Budjetti (€)' })
  await budget.getByLabel('Vähintään').fill('1000000')
  await expect(page).toHaveURL(/range=budget:1000000\.\./)
  const left = Number(await grid(page).getAttribute('aria-rowcount')) - 1
  expect(left).toBeLessThan(15)
  for (const b of await column(page, 'Budjetti (€)')) expect(num(b)).toBeGreaterThanOrEqual(1e6)
  await page.getByRole('button', { name: 'Tyhjennä kaikki suodattimet' }).click()
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '65')
})

test('arrow keys move from row to row, scrolling the grid past the rows first rendered', async ({
  page,
}) => {
  await open(page)
  await grid(page).getByRole('link').first().focus()
  // Further than the rows rendered at first: each new row comes into view and takes focus.
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowDown')
  const focused = page.locator(':focus')
  await expect(focused).toHaveClass(/row-link/)
  await expect(focused).toBeInViewport()
  expect(await focused.evaluate((a) => a.closest('tr')?.getAttribute('aria-rowindex'))).toBe('42')
  await page.keyboard.press('ArrowUp')
  expect(await focused.evaluate((a) => a.closest('tr')?.getAttribute('aria-rowindex'))).toBe('41')
})

test('grouping by theme shows groups with counts; a group collapses', async ({ page }) => {
  await open(page)
  await page.getByLabel('Ryhmittele').selectOption('theme')
  await expect(page).toHaveURL(/group=theme/)
  // 64 rows and 5 theme headers.
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(64 + 5 + 1))
  const toggle = page.getByRole('button', { name: /^Piilota ryhmä Arktinen teollisuus/ })
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(toggle.locator('xpath=..')).toContainText('14 kasvumahdollisuutta')
  await toggle.click()
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(64 - 14 + 5 + 1))
  await expect(page.getByRole('button', { name: /^Näytä ryhmä Arktinen teollisuus/ })).toBeFocused()
})

test('columns are shown, hidden and reordered, and a reload keeps the whole state', async ({
  page,
}) => {
  await open(page)
  await page.getByText('Sarakkeet', { exact: true }).click()
  await page.getByRole('checkbox', { name: 'Tunnus' }).check()
  await page.getByRole('checkbox', { name: 'Budjetti (€)' }).uncheck()
  await expect(header(page, 'Tunnus')).toBeVisible()
  await expect(header(page, 'Budjetti \\(€\\)')).toHaveCount(0)
  await page.getByRole('button', { name: 'Siirrä Tunnus aiemmaksi' }).click()
  await expect(page.getByRole('button', { name: 'Siirrä Tunnus aiemmaksi' })).toBeFocused()
  await expect(page).toHaveURL(/cols=title,theme,status,priority,rank,quadrant,start,id,end/)
  await header(page, 'Tunnus').getByRole('button').click()
  await page.getByLabel('Ryhmittele').selectOption('status')

  await page.reload()
  await expect(header(page, 'Tunnus')).toHaveAttribute('aria-sort', 'ascending')
  await expect(header(page, 'Budjetti \\(€\\)')).toHaveCount(0)
  await expect(page.getByLabel('Ryhmittele')).toHaveValue('status')
  const { headers } = await rows(page)
  expect(headers).toEqual([
    'Nimi',
    'Teema',
    'Tila',
    'Prioriteettipisteet',
    'Sija',
    'Nelikenttä',
    'Aikajänne alkaa',
    'Tunnus',
    'Aikajänne päättyy',
  ])
  // The title is a link to the opportunity, keeping the view state.
  const link = grid(page).getByRole('link').first()
  await link.click()
  await expect(page).toHaveURL(/\/opportunities\/kk-\d{3}\?.*group=status/)
})

/** Loads a variant of the demo export through the Data page's file picker. */
async function loadVariant(page: Page, change: (data: DemoExport) => void) {
  const data = JSON.parse(readFileSync('mocks/demo-export.json', 'utf8')) as DemoExport
  change(data)
  await page.goto('/data')
  await page.getByLabel('Valitse vientitiedosto (JSON)').setInputFiles({
    name: 'kaavat.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(data)),
  })
  // Reading and checking the file takes a moment on a busy machine.
  await expect(page.getByText('Näytetään paikallista tiedostoa kaavat.json')).toBeVisible({
    timeout: 15_000,
  })
}
type DemoExport = { opportunities: { id: string; title: unknown; tags?: string[] }[] }

async function downloadText(page: Page, button: string): Promise<{ d: Download; text: string }> {
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  const path = await d.path()
  return { d, text: readFileSync(path, 'utf8') }
}

test('CSV has every row in view, a BOM, semicolons, decimal commas and neutralised formulas', async ({
  page,
}) => {
  await loadVariant(page, (data) => {
    const [a, b, c] = data.opportunities
    if (!a || !b || !c) throw new Error('demo export too short')
    a.title = '=HYPERLINK("https://example.org";"x")'
    b.title = '-kylmätestaus; "talvi"'
    c.title = '@SUM(A1)'
  })
  await open(page, '?sort=id&cols=id,title,priority')
  await page.getByText('Vienti', { exact: true }).click()
  const { d, text } = await downloadText(page, 'Lataa CSV')
  expect(d.suggestedFilename()).toMatch(/\.csv$/)
  expect(text.startsWith('\ufeff')).toBe(true)
  const lines = text.slice(1).split('\r\n')
  expect(lines.at(-1)).toBe('')
  expect(lines[0]).toBe('Nimi;Tunnus;Prioriteettipisteet')
  expect(lines.length - 2).toBe(64)
  expect(lines[1]).toMatch(/^"'=HYPERLINK\(""https:\/\/example\.org"";""x""\)";kk-001;\d+(,\d+)?$/)
  expect(lines[2]).toMatch(/^"'-kylmätestaus; ""talvi""";kk-002;/)
  expect(lines[3]).toMatch(/^'@SUM\(A1\);kk-003;/)
  expect(lines.some((l) => /;\d+,\d+$/.test(l))).toBe(true)

  // Fewer rows in view, a comma: only those rows, decimal points.
  await page.getByRole('searchbox', { name: 'Hae kasvumahdollisuuksia' }).fill('matkailu')
  await expect(grid(page)).not.toHaveAttribute('aria-rowcount', '65')
  const inView = Number(await grid(page).getAttribute('aria-rowcount')) - 1
  await page.getByLabel('CSV-erotin').selectOption(',')
  const comma = (await downloadText(page, 'Lataa CSV')).text.slice(1).split('\r\n')
  expect(comma[0]).toBe('Nimi,Tunnus,Prioriteettipisteet')
  expect(comma.length - 2).toBe(inView)
  expect(comma.slice(1, -1).every((l) => !/\d,\d+$/.test(l) || /"/.test(l))).toBe(true)
  expect(comma.slice(1, -1).map((l) => l.split(',').at(-2))).toEqual(await column(page, 'Tunnus'))
})

test('the JSON export of the rows in view is a valid export that loads back', async ({ page }) => {
  await open(page, '?status=planned,inProgress&sort=-priority')
  const inView = Number(await grid(page).getAttribute('aria-rowcount')) - 1
  expect(inView).toBe(29)
  await page.getByText('Vienti', { exact: true }).click()
  const { d, text } = await downloadText(page, 'Lataa JSON (muoto v1)')
  const report = validateExportText(text)
  expect(report.outcome).toBe('loaded')
  const ids = (JSON.parse(text) as DemoExport).opportunities.map((o) => o.id)
  expect(ids).toHaveLength(29)
  // In view order: the first id is the first row's.
  const href = await grid(page).getByRole('link').first().getAttribute('href')
  expect(href).toContain(`/opportunities/${ids[0]}`)

  // And through the Data page's file picker.
  await page.goto('/data')
  await page.getByLabel('Valitse vientitiedosto (JSON)').setInputFiles(await d.path())
  await expect(page.getByText(/Näytetään paikallista tiedostoa/)).toBeVisible({ timeout: 15_000 })
  await open(page)
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(29 + 1))
})

test('saved views: save, reopen, export and import', async ({ page }) => {
  await open(page, '?sort=-budget&group=theme')
  await page.getByText('Tallennetut näkymät').click()
  await page.getByLabel('Näkymän nimi').fill('Budjetit teemoittain')
  await page.getByRole('button', { name: 'Tallenna nykyinen näkymä' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'tallennettu' })).toBeVisible()
  const [d] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Lataa näkymät (JSON)' }).click(),
  ])
  const file = readFileSync(await d.path(), 'utf8')
  expect(JSON.parse(file)).toEqual({
    format: 'kasvukartta-table-views',
    version: 1,
    views: [{ name: 'Budjetit teemoittain', query: 'sort=-budget&group=theme' }],
  })

  await open(page)
  await page.getByText('Tallennetut näkymät').click()
  await page.getByRole('link', { name: 'Avaa näkymä Budjetit teemoittain' }).click()
  await expect(page).toHaveURL(/sort=-budget&group=theme/)
  await expect(header(page, 'Budjetti \\(€\\)')).toHaveAttribute('aria-sort', 'descending')

  await page.getByLabel('Tuo näkymät tiedostosta').setInputFiles({
    name: 'rikki.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"kasvukartta-table-views","version":1,"views":[{"name":""}]}'),
  })
  await expect(page.getByRole('alert')).toHaveText(/joiltakin näkymiltä puuttuu nimi/)
})

for (const lang of ['fi', 'en'] as const) {
  test(`axe finds no violations in the table with panels open (${lang})`, async ({ page }) => {
    await open(page, `?group=status&sort=-priority,title${lang === 'en' ? '&lang=en' : ''}`)
    for (const panel of await page.locator('.table-panel > summary').all()) await panel.click()
    await expect(page.locator('.table-panel[open]')).toHaveCount(4)
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
}

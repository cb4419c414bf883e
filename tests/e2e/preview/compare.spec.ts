import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'
import { DEMO, EARLIER_DEMO, demoComparison, loadedExport } from '../../fixtures/demo-comparison.ts'
import { compareExports } from '../../../src/domain/compare/compare-exports.ts'
import { twinRows } from '../../../src/features/matrix/model/compare-arrows.ts'
import { horizonShifts } from '../../../src/features/roadmap/model/ghost-bars.ts'

/**
 * Comparing the demo with the same dataset one round earlier (issue 18), in the built app: the
 * build emits the earlier demo beside the current one. Expected counts come from the domain
 * module run here on the same two files, so the page must agree with the comparison itself.
 */
const EARLIER = 'data/growth-opportunities-earlier.json'

const comparison = demoComparison
const expected = comparison.counts

const summary = (page: Page) => page.getByTestId('compare-summary')
// The dashboard's top ten, not the preview's shown while the export is still loading.
const topTen = (page: Page) => page.locator('.top-card .top-ten li')

test('the overview counts what changed since the earlier export, as the comparison does', async ({
  page,
}) => {
  await page.goto(`/?compare=${encodeURIComponent(EARLIER)}`)
  await expect(summary(page)).toHaveText(
    `Vientiin 14.11.2025 verrattuna: ${expected.added} uutta, ${expected.removed} poistunutta, ` +
      `${expected.statusChanged} vaihtoi tilaa, ${expected.moved} siirtyi vähintään 3 sijaa`,
  )
  expect(expected).toMatchObject({ added: 6, removed: 2, statusChanged: 9 })
  // Each count opens the table on just those opportunities, the baseline kept in the link.
  const link = summary(page).getByRole('link', { name: `${expected.added} uutta` })
  const href = new URL((await link.getAttribute('href')) ?? '', 'http://x')
  expect(href.pathname).toBe('/opportunities')
  expect(href.searchParams.get('change')).toBe('added')
  expect(href.searchParams.get('compare')).toBe(EARLIER)
})

const grid = (page: Page, name = 'Kasvumahdollisuudet') => page.getByRole('table', { name })

/** A column's cell texts in the rendered rows, by its header's label. */
async function column(page: Page, name: string, table = grid(page)): Promise<string[]> {
  return table.evaluate((table, label) => {
    const headers = [...table.querySelectorAll('thead th .sort-label')].map((th) => th.textContent)
    const i = headers.indexOf(label)
    return [...table.querySelectorAll('tbody tr[aria-rowindex]')].map(
      (tr) => tr.querySelectorAll('td')[i]?.textContent ?? '',
    )
  }, name)
}

/** "+3", "−2" (the locale's minus sign) and "" as numbers; NaN for an empty cell. */
const signed = (s: string) => (s === '' ? Number.NaN : Number(s.replace('\u2212', '-')))

test('the table filters on the change class and sorts by the rank change', async ({ page }) => {
  await page.goto(`/opportunities?compare=${encodeURIComponent(EARLIER)}&change=added`)
  // The baseline loads after the table: its filter appears once the comparison is there.
  await expect(page.getByRole('group', { name: 'Näytä muutoksen mukaan' })).toBeVisible({
    timeout: 20_000,
  })
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(expected.added + 1))
  expect(new Set(await column(page, 'Muutos'))).toEqual(new Set(['Uusi']))

  await page.getByRole('checkbox', { name: `Muuttunut (${expected.changed})` }).check()
  await expect(page).toHaveURL(/change=added,changed/)
  await expect(grid(page)).toHaveAttribute(
    'aria-rowcount',
    String(expected.added + expected.changed + 1),
  )

  await page
    .getByRole('columnheader', { name: /^Sijan muutos/ })
    .getByRole('button')
    .click()
  await expect(page).toHaveURL(/sort=-rankDelta/)
  const deltas = (await column(page, 'Sijan muutos (ylöspäin)')).map(signed)
  const known = deltas.filter((d) => !Number.isNaN(d))
  expect(known.length).toBeGreaterThan(3)
  expect(known).toEqual([...known].sort((a, b) => b - a))
  // New opportunities have no rank then, so no change: they come last.
  expect(deltas.slice(known.length).every(Number.isNaN)).toBe(true)

  // The removed ones are rows of the table itself (tested below), no list apart.
  await page.goto(`/opportunities?compare=${encodeURIComponent(EARLIER)}&change=removed`)
  await expect(grid(page).locator('tbody tr.is-removed')).toHaveCount(expected.removed)
  await expect(page.getByRole('region', { name: /^Poistuneet/ })).toHaveCount(0)
})

test('an opportunity page lists what changed in it, then and now', async ({ page }) => {
  await page.goto(`/opportunities/kk-001?compare=${encodeURIComponent(EARLIER)}`)
  const changes = page.getByRole('region', { name: 'Muutokset 14.11.2025 viennin jälkeen' })
  const row = (name: string) => changes.getByRole('row', { name: new RegExp(`^${name}`) })
  // The baseline loads after the page: its table appears once the comparison is there.
  await expect(changes.getByRole('table')).toBeVisible({ timeout: 20_000 })
  await expect(row('Tila')).toHaveText(/TilaSuunniteltuKäynnissä/)
  await expect(row('Virstanpylväät')).toContainText('Ensimmäiset yhteistarjoukset jätetty 2025-03')
  await expect(row('Lähteet')).toBeVisible()
  // A new one says so; one that did not change says that.
  await page.goto(`/opportunities/kk-063?compare=${encodeURIComponent(EARLIER)}`)
  await expect(page.getByText('Uusi tuon viennin jälkeen.')).toBeVisible()
})

test('a ?compare= address on another origin is refused with an alert and no request', async ({
  page,
}) => {
  const foreign: string[] = []
  page.on('request', (r) => {
    if (new URL(r.url()).hostname === 'evil.example') foreign.push(r.url())
  })
  await page.goto(`/?compare=${encodeURIComponent('https://evil.example/earlier.json')}`)
  await expect(page.getByRole('alert').filter({ hasText: 'evil.example' })).toBeVisible()
  await expect(topTen(page)).toHaveCount(10)
  await expect(summary(page)).toHaveCount(0)
  expect(foreign).toEqual([])
})

test('an unreadable baseline is explained and the views stay as they were', async ({ page }) => {
  await page.goto('/?lang=en')
  await expect(topTen(page)).toHaveCount(10)
  const before = await topTen(page).allTextContents()
  // No file at that address: the baseline is explained in the words a missing export gets.
  await page.goto(`/?lang=en&compare=${encodeURIComponent('data/no-such-export.json')}`)
  await expect(
    page.getByRole('alert').filter({ hasText: 'The export to compare with was not used:' }),
  ).toContainText('there is no file at this address')
  await expect(topTen(page)).toHaveText(before)
  await expect(summary(page)).toHaveCount(0)
})

/** Each view that shows the comparison, and what says it has arrived there. */
const AXE_PAGES = [
  ['the overview', '/', '[data-testid="compare-summary"]'],
  ['the table', '/opportunities', '.change-filter'],
  ['the matrix', '/matrix', 'svg.compare-overlay'],
  ['the roadmap', '/roadmap', 'svg.rm-ghosts'],
  ['an opportunity page', '/opportunities/kk-001', '.then-now'],
] as const

for (const lang of ['fi', 'sv', 'en'] as const) {
  for (const [name, path, shown] of AXE_PAGES) {
    test(`axe finds no violations on ${name} with a comparison on (${lang})`, async ({ page }) => {
      // Axe walks every row of the table and the baseline is validated too: on a busy
      // two-core machine that outlasts the default 30 s.
      test.slow()
      await page.goto(`${path}?lang=${lang}&compare=${encodeURIComponent(EARLIER)}`)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator(shown)).toBeVisible({ timeout: 45_000 })
      const results = await new AxeBuilder({ page }).analyze()
      expect(
        results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([])
    })
  }
}

/** Resolves once the page's export is kept in IndexedDB (the source's copy and the history). */
const savedInBrowser = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('kasvukartta:export-saved').length > 0)

const historyCompareParam = (page: Page) => new URL(page.url()).searchParams.get('compare') ?? ''

test('compares with an earlier export from this browser’s history', async ({ page }) => {
  // Two exports are loaded and validated in turn, twice: on a busy machine that takes a while.
  test.slow()
  // The earlier round was opened once in this browser; then the current one is shown.
  await page.goto(`/?lang=en&data=${encodeURIComponent(EARLIER)}`)
  await expect(topTen(page)).toHaveCount(10)
  await savedInBrowser(page)
  await page.goto('/data?lang=en')
  const history = page.getByRole('table', { name: 'Earlier exports in this browser' })
  await expect(history.getByRole('row')).not.toHaveCount(1)
  await expect(page.getByText(/works only in a browser that has loaded that export/)).toBeVisible()
  await history
    .getByRole('button', { name: /^Compare with the export of 14 November 2025/ })
    .click()
  await expect.poll(() => historyCompareParam(page)).toMatch(/^history:[0-9a-f]{64}$/)
  await expect(history.getByText('Compared with now')).toBeVisible()
  await expect(page.getByText(/from this browser’s history\.$/)).toBeVisible()
  // The link reopens the comparison on any view of this browser, with the counts of the module.
  await page.goto(`/?lang=en&compare=${encodeURIComponent(historyCompareParam(page))}`)
  await expect(summary(page)).toContainText(
    `${expected.added} new, ${expected.removed} dropped, ${expected.statusChanged} changed status`,
    { timeout: 20_000 },
  )
})

test('a history link from another browser says so and the views stay', async ({ page }) => {
  await page.goto(`/?lang=en&compare=history:${'0'.repeat(64)}`)
  await expect(
    page.getByRole('alert').filter({ hasText: 'The export to compare with was not used:' }),
  ).toContainText('works only in a browser that has loaded it')
  await expect(topTen(page)).toHaveCount(10)
  await expect(summary(page)).toHaveCount(0)
})

const baselineInput = (page: Page) =>
  page.getByTestId('baseline-file').getByLabel('Choose an export file to compare with:')

test('a local file becomes the baseline; a bad one is refused in the words an export gets', async ({
  page,
}) => {
  await page.goto('/data?lang=en')
  await expect(page.getByRole('heading', { name: 'Export to compare with' })).toBeVisible()
  await baselineInput(page).setInputFiles('mocks/invalid/bad-schema-version.json')
  await expect(page.getByText('bad-schema-version.json was not used as the export')).toBeVisible()
  await expect(page.getByTestId('baseline-file').getByRole('alert')).toBeVisible()
  expect(historyCompareParam(page)).toBe('')
  await baselineInput(page).setInputFiles('mocks/demo-export-earlier.json')
  await expect(page.getByText('The views now compare with demo-export-earlier.json.')).toBeVisible()
  await expect.poll(() => historyCompareParam(page)).toMatch(/^history:[0-9a-f]{64}$/)
  await page.getByRole('link', { name: 'Overview' }).first().click()
  await expect(summary(page)).toContainText(`${expected.added} new`)
})

test('a baseline of another dataset is compared only after a confirmation', async ({ page }) => {
  const other = JSON.parse(readFileSync('mocks/demo-export-earlier.json', 'utf8')) as {
    dataset: { id: string }
  }
  other.dataset.id = 'kainuu-rdi'
  await page.goto('/data?lang=en')
  await expect(page.getByRole('heading', { name: 'Export to compare with' })).toBeVisible()
  // "Another dataset" than the one shown: it must be shown first (slow on a busy machine).
  await expect(page.getByRole('status').first()).toHaveText('64 growth opportunities loaded.', {
    timeout: 30_000,
  })
  await baselineInput(page).setInputFiles({
    name: 'kainuu.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(other)),
  })
  const question = page.getByRole('group', { name: /These are different datasets/ })
  await expect(question).toBeFocused()
  await expect(question).toContainText('kainuu-rdi')
  expect(historyCompareParam(page)).toBe('')
  await question.getByRole('button', { name: 'Cancel' }).click()
  await expect(question).toHaveCount(0)
  expect(historyCompareParam(page)).toBe('')
  await page
    .getByRole('table', { name: 'Earlier exports in this browser' })
    .getByRole('row', { name: /kainuu-rdi/ })
    .getByRole('button')
    .click()
  await question.getByRole('button', { name: 'Compare anyway' }).click()
  await expect.poll(() => historyCompareParam(page)).toMatch(/^history:[0-9a-f]{64}$/)
  await page.getByRole('link', { name: 'Overview' }).first().click()
  await expect(
    page.getByText('The export compared with is of another dataset (kainuu-rdi).', {
      exact: false,
    }),
  ).toBeVisible()
})

test('the matrix draws arrows, ghosts and new marks, with a table twin and a toggle', async ({
  page,
}) => {
  // Both exports are validated in the worker first: slow on a busy two-core machine.
  test.slow()
  await page.goto(`/matrix?lang=en&compare=${encodeURIComponent(EARLIER)}`)
  const overlay = page.locator('svg.compare-overlay')
  const twin = twinRows(comparison)
  // What the chart can place: scores on both axes, then (an arrow's tail) and now (its mark).
  const placed = (r: (typeof twin)[number], when: 'then' | 'now') =>
    r.impact[when] !== null && r.feasibility[when] !== null
  const moved = twin.filter((r) => r.kind === 'moved' && placed(r, 'then') && placed(r, 'now'))
  const added = twin.filter((r) => r.kind === 'added' && placed(r, 'now'))
  await expect(overlay).toHaveAttribute('data-ghosts', String(expected.removed), {
    timeout: 45_000,
  })
  await expect(overlay).toHaveAttribute('data-added', String(added.length))
  await expect(overlay).toHaveAttribute('data-arrows', String(moved.length))
  expect(moved.length).toBeGreaterThan(3)
  await expect(page.locator('.compare-new-label')).toHaveCount(added.length)
  await expect(page.getByText('dropped since then (where it was)')).toBeVisible()
  // The twin, by keyboard: its summary opens it, and its rows say then and now.
  const summaryButton = page.getByText(`The changes in the matrix as a table (${twin.length})`)
  await summaryButton.focus()
  await page.keyboard.press('Enter')
  const table = page.getByRole('table', { name: /^Opportunities moved, new or dropped since/ })
  await expect(table.locator('tbody tr')).toHaveCount(twin.length)
  const first = twin[0]
  const firstRow = table.locator('tbody tr').first()
  const words = { moved: 'Moved', added: 'New', removed: 'Dropped' } as const
  await expect(firstRow.locator('td').nth(0)).toHaveText(words[first?.kind ?? 'moved'])
  await expect(firstRow.locator('td').nth(6)).toHaveText(String(first?.rank.now))
  await expect(table.locator('tbody tr.is-removed')).toHaveCount(expected.removed)
  // Off by the toggle, kept in the address.
  await page.getByRole('checkbox', { name: /^Show the changes since the export of/ }).uncheck()
  await expect(page).toHaveURL(/arrows=off/)
  await expect(overlay).toHaveCount(0)
  await expect(table).toHaveCount(0)
})

test('the roadmap shows where moved horizons were, with the slip and a table twin', async ({
  page,
}) => {
  test.slow()
  const shifts = horizonShifts(comparison.changes)
  expect(shifts.length).toBeGreaterThan(0)
  const droppedWithHorizon = comparison.changes.filter(
    (c) => c.change === 'removed' && c.then?.horizon,
  ).length
  await page.goto(`/roadmap?lang=en&compare=${encodeURIComponent(EARLIER)}`)
  const ghosts = page.locator('svg.rm-ghosts')
  await expect(ghosts).toBeVisible({ timeout: 45_000 })
  const drawn = Number(await ghosts.getAttribute('data-ghosts'))
  expect(drawn).toBeGreaterThan(0)
  expect(drawn).toBeLessThanOrEqual(shifts.length)
  // Each ghost sits in its own bar's row.
  const first = ghosts.locator('.rm-ghost').first()
  const id = (await first.getAttribute('data-id')) ?? ''
  const ghostBox = await first.locator('rect').boundingBox()
  const barBox = await page.locator(`.rm-bar[data-id="${id}"]`).first().boundingBox()
  expect(Math.abs((ghostBox?.y ?? 0) - (barBox?.y ?? 1e6))).toBeLessThan(30)
  const months = shifts.find((s) => s.id === id)?.slipMonths ?? 0
  await expect(first).toContainText(
    months >= 0 ? `${months} month${months === 1 ? '' : 's'} later` : /earlier/,
  )
  await expect(page.getByText(/Faint outline: where the horizon was/)).toBeVisible()
  await page.getByText(/^Horizon changes since the export of .* as a table/).click()
  const table = page.getByRole('table', { name: /^Horizons moved or dropped since/ })
  await expect(table.locator('tbody tr')).toHaveCount(shifts.length + droppedWithHorizon)
  await expect(table.locator('tbody tr.is-removed')).toHaveCount(droppedWithHorizon)
})

test('the change report downloads as CSV and JSON with every change once', async ({ page }) => {
  test.slow()
  await page.goto(`/opportunities?lang=en&compare=${encodeURIComponent(EARLIER)}`)
  const report = page.locator('.change-report-export')
  await expect(report).toBeVisible({ timeout: 45_000 })
  const reported = expected.added + expected.removed + expected.changed
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'CSV' }).click(),
  ])
  const text = readFileSync((await csv.path()) ?? '', 'utf8')
  const lines = text
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\r\n')
  expect(lines[0]?.split(';').slice(0, 4)).toEqual(['Id', 'Title', 'Change', 'Changed fields'])
  expect(lines.filter((l) => /^kk-/.test(l))).toHaveLength(reported)
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'JSON' }).click(),
  ])
  const parsed = JSON.parse(readFileSync((await json.path()) ?? '', 'utf8')) as {
    counts: unknown
    changes: unknown[]
  }
  expect(parsed.counts).toEqual(expected)
  expect(parsed.changes).toHaveLength(reported)
})

test('the "moved" thresholds change the count, the link and the table filter with it', async ({
  page,
}) => {
  const movedWith = (rank: number, axis: number) =>
    compareExports(loadedExport(EARLIER_DEMO), loadedExport(DEMO), {
      thresholds: { rank, axis },
    }).counts.moved
  const fewer = movedWith(20, 10)
  const fewest = movedWith(20, 100)
  // The thresholds must make a difference on the demo, or this test would prove nothing.
  expect(new Set([expected.moved, fewer, fewest]).size).toBe(3)
  expect(movedWith(3, 100)).not.toBe(fewest)

  // The baseline is loaded and checked after the overview: on a busy machine that takes a while.
  test.slow()
  await page.goto(`/?compare=${encodeURIComponent(EARLIER)}`)
  await expect(summary(page)).toContainText(`${expected.moved} siirtyi vähintään 3 sijaa`, {
    timeout: 45_000,
  })
  const rank = page.getByLabel('Siirtynyt: sijoitus muuttunut vähintään')
  const axis = page.getByLabel('tai akselin pisteet muuttuneet vähintään')
  await expect(rank).toHaveValue('3')
  await expect(axis).toHaveValue('10')

  await rank.fill('20')
  await expect(page).toHaveURL(/[?&]moved=20,10(&|$)/)
  await expect(summary(page)).toContainText(`${fewer} siirtyi vähintään 20 sijaa`)
  await axis.fill('100')
  await expect(page).toHaveURL(/[?&]moved=20,100(&|$)/)
  await expect(summary(page)).toContainText(`${fewest} siirtyi vähintään 20 sijaa`)

  // The count's link opens the table on just those, under the same thresholds.
  await summary(page)
    .getByRole('link', { name: `${fewest} siirtyi vähintään 20 sijaa` })
    .click()
  await expect(page).toHaveURL(/\/opportunities\?.*moved=20(,|%2C)100/)
  await expect(
    page.getByRole('checkbox', { name: `Siirtyi vähintään 20 sijaa (${fewest})` }),
  ).toBeChecked({
    timeout: 45_000,
  })
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(fewest + 1))
  // The table's own inputs set the same thresholds.
  const wider = movedWith(3, 100)
  await page
    .getByRole('group', { name: 'Näytä muutoksen mukaan' })
    .getByLabel('Siirtynyt: sijoitus muuttunut vähintään')
    .fill('3')
  await expect(page).toHaveURL(/moved=3(,|%2C)100/)
  await expect(
    page.getByRole('checkbox', { name: `Siirtyi vähintään 3 sijaa (${wider})` }),
  ).toBeChecked()
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(wider + 1))

  // Back on the overview, the default thresholds leave the address.
  await page.goBack()
  await expect(axis).toHaveValue('100', { timeout: 45_000 })
  await axis.fill('10')
  await rank.fill('3')
  await expect(summary(page)).toContainText(`${expected.moved} siirtyi vähintään 3 sijaa`)
  await expect(page).not.toHaveURL(/moved=/)
})

/** The opportunities the baseline had and the demo has not, as the comparison finds them. */
const removedOnes = comparison.changes.filter((c) => c.change === 'removed')
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

test('the roadmap draws the removed ones in a lane of their own, reached by keyboard', async ({
  page,
}) => {
  test.slow()
  expect(removedOnes.length).toBe(expected.removed)
  await page.goto(`/roadmap?lang=en&compare=${encodeURIComponent(EARLIER)}`)
  const lane = page.getByRole('region', { name: /^Removed since the export of / })
  await expect(lane).toBeVisible({ timeout: 45_000 })
  const ghosts = lane.getByRole('img', { name: /^removed: / })
  await expect(ghosts).toHaveCount(expected.removed)
  const ids = await ghosts.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))
  expect(ids.sort()).toEqual(removedOnes.map((c) => c.id).sort())
  for (const c of removedOnes) {
    const title = (c.then?.title as { en: string }).en
    await expect(lane.locator(`[data-id="${c.id}"]`)).toHaveAccessibleName(
      new RegExp(`^removed: ${escapeRe(title)}, was \\d+ \\w+ \\d{4}–\\d+ \\w+ \\d{4}$`),
    )
  }
  // Nothing to open: they are not links, and the last lane follows every other.
  await expect(lane.getByRole('link')).toHaveCount(0)
  await expect(page.locator('.rm-lane').last()).toHaveClass(/rm-removed-lane/)
  await expect(page.getByText(/Hollow dashed bars in the last lane: removed since/)).toBeVisible()
  // One tab stop among them; the arrow keys move it.
  const stop = lane.locator('[tabindex="0"]')
  await expect(stop).toHaveCount(1)
  await stop.focus()
  const firstId = await stop.getAttribute('data-id')
  await page.keyboard.press('End')
  const lastFocused = lane.locator(':focus')
  await expect(lastFocused).toHaveAttribute('data-id', /.+/)
  expect(await lastFocused.getAttribute('data-id')).not.toBe(firstId)
  await page.keyboard.press('Home')
  await expect(lane.locator(':focus')).toHaveAttribute('data-id', firstId ?? '')
})

test('the roadmap’s table alternative lists the removed ones as rows marked removed', async ({
  page,
}) => {
  test.slow()
  await page.goto(`/roadmap?lang=en&show=table&compare=${encodeURIComponent(EARLIER)}`)
  const rows = page.locator('tr.rm-removed-row')
  await expect(rows).toHaveCount(expected.removed, { timeout: 45_000 })
  for (const c of removedOnes) {
    const row = page.locator(`tr.rm-removed-row[data-removed-id="${c.id}"]`)
    await expect(row.locator('th')).toHaveText(`${(c.then?.title as { en: string }).en} (removed)`)
    await expect(row.getByRole('link')).toHaveCount(0)
  }
})

test('the table shows the removed ones as greyed rows when the filter asks, in the CSV too', async ({
  page,
}) => {
  test.slow()
  const gridEn = grid(page, 'Growth opportunities')
  await page.goto(
    `/opportunities?lang=en&compare=${encodeURIComponent(EARLIER)}&change=removed,added`,
  )
  const removedRows = gridEn.locator('tbody tr.is-removed')
  await expect(removedRows).toHaveCount(expected.removed, { timeout: 45_000 })
  await expect(gridEn).toHaveAttribute(
    'aria-rowcount',
    String(expected.added + expected.removed + 1),
  )
  for (const c of removedOnes) {
    const title = (c.then?.title as { en: string }).en
    const row = removedRows.filter({ hasText: title })
    // Marked in words, not only greyed; nothing to open.
    await expect(row).toContainText(`${title} (removed)`)
    await expect(row.getByRole('link')).toHaveCount(0)
  }
  expect(new Set(await column(page, 'Change', gridEn))).toEqual(new Set(['New', 'Dropped']))
  // Sorted with the rest: by title, the rows interleave in the collation order.
  await gridEn.getByRole('button', { name: 'Title' }).click()
  await expect(page).toHaveURL(/sort=title/)
  const titles = await column(page, 'Title', gridEn)
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')))
  // The table's CSV has them with their change class.
  await page.getByText('Export', { exact: true }).click()
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ])
  const text = readFileSync((await csv.path()) ?? '', 'utf8')
  for (const c of removedOnes) {
    const title = escapeRe((c.then?.title as { en: string }).en)
    expect(text).toMatch(new RegExp(`\\n${title};[^\\r\\n]*;Dropped;`))
  }
  expect(text.match(/;Dropped/g)).toHaveLength(expected.removed)
})

/** A4 portrait less the changes page's margins (15 mm, 12 mm), in CSS pixels. */
const A4_PRINTABLE = { width: 680, height: 1032 }

test('the changes since the earlier export print on one or two A4 pages, each new and dropped one named', async ({
  page,
}) => {
  test.slow()
  await page.goto(`/?lang=en&compare=${encodeURIComponent(EARLIER)}`)
  await page.getByRole('link', { name: 'The changes as a page to print (A4)' }).click()
  await expect(page).toHaveURL(/\/changes\?.*compare=/)
  await expect(page).toHaveTitle(/^Changes – /)
  const lists = page.locator('.changes-lists')
  await expect(lists).toBeVisible({ timeout: 45_000 })
  const added = comparison.changes.filter((c) => c.change === 'added')
  const list = (name: RegExp) => page.getByRole('region', { name }).getByRole('listitem')
  await expect(list(/^New opportunities/)).toHaveCount(added.length)
  for (const c of added)
    await expect(
      list(/^New opportunities/).filter({ hasText: (c.now?.title as { en: string }).en }),
    ).toHaveCount(1)
  await expect(list(/^Dropped opportunities/)).toHaveCount(expected.removed)
  for (const c of removedOnes)
    await expect(list(/^Dropped opportunities/)).toContainText([
      (c.then?.title as { en: string }).en,
    ])
  await expect(list(/^Status changes/)).toHaveCount(expected.statusChanged)
  await expect(list(/^Status changes/).first()).toContainText('→')
  await expect(list(/^Biggest rank moves/).first()).toContainText(
    /\d+ → \d+ \(\d+ places? (up|down)\)/,
  )
  await expect(
    list(/^Changes in the frame/).filter({ hasText: /^Theme .* → .*: renamed$/ }),
  ).not.toHaveCount(0)
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((v) => v.id)).toEqual([])

  await page.emulateMedia({ media: 'print' })
  await page.setViewportSize(A4_PRINTABLE)
  await expect(page.locator('.print-context')).toBeVisible()
  await expect(page.locator('.changes-actions').first()).toBeHidden()
  const wider = await page.evaluate(() => {
    const width = document.documentElement.clientWidth
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > width + 0.5)
      .map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`)
  })
  expect(wider).toEqual([])
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true })
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
  expect(pages).toBeGreaterThanOrEqual(1)
  expect(pages).toBeLessThanOrEqual(2)
})

/** The views that show the removed ones, and what says they are there. */
const REMOVED_SHOWN = [
  ['/roadmap', '.rm-removed-lane [data-id]'],
  ['/roadmap?show=table', 'tr.rm-removed-row'],
  ['/opportunities?change=removed', 'tr.is-removed'],
] as const

for (const lang of ['fi', 'sv', 'en'] as const) {
  test(`axe finds no violations with the removed ones on the roadmap and in the table (${lang})`, async ({
    page,
  }) => {
    test.slow()
    for (const [path, shown] of REMOVED_SHOWN) {
      const sep = path.includes('?') ? '&' : '?'
      await page.goto(`${path}${sep}lang=${lang}&compare=${encodeURIComponent(EARLIER)}`)
      await expect(page.locator('html')).toHaveAttribute('lang', lang)
      await expect(page.locator(shown)).toHaveCount(expected.removed, { timeout: 45_000 })
      const results = await new AxeBuilder({ page }).analyze()
      expect(
        results.violations.map(
          (v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([])
    }
  })
}

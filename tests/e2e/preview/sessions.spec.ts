import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'
import { expectStored } from './stored-sessions.ts'

/**
 * Forum sessions in the built app with the demo export: a session created on the sessions
 * page, a decision recorded on an opportunity's page and found again after a reload, the
 * decision record exported and loaded on a fresh browser profile, bad records refused with the
 * session untouched, deleting with confirmation and undo, and axe in the three languages.
 */

// Each test walks through several pages (and axe, and a second browser profile) on a shared
// two-core machine: the default 30 s is too tight.
test.describe.configure({ timeout: 90_000 })

const FORUM = 'Johtoryhmän strategiafoorumi'
const OPPORTUNITY = 'kk-001'

async function createSession(page: Page, forum = FORUM) {
  await page.goto('/sessions')
  await expect(page.getByText('Istunto perustuu nyt ladattuun vientiin')).toBeVisible()
  await page.getByLabel('Foorumi', { exact: true }).fill(forum)
  await page.getByLabel('Paikka').fill('Rovaniemi')
  await page.getByRole('button', { name: 'Luo istunto' }).click()
  await expect(page.getByText(`Istunto ${forum} luotiin ja otettiin käyttöön.`)).toBeVisible()
}

async function recordDecision(page: Page) {
  await page.goto(`/opportunities/${OPPORTUNITY}`)
  await expect(page.getByRole('heading', { name: 'Foorumin päätös' })).toBeVisible()
  await page.getByRole('radio', { name: /Priorisoidaan/ }).check()
  await expect(page.getByRole('status').filter({ hasText: 'Kirjattu:' })).toHaveText(
    'Kirjattu: Priorisoidaan (tilaksi tulee ”Priorisoitu”). Tallennettu tähän selaimeen.',
  )
  await page.getByLabel('Huomautus (perustelu)').fill('Rahoitus <b>keväällä</b> =SUM(A1)')
  await page.getByLabel('Vastuutaho').fill('Lapin liitto')
}

async function downloadRecord(page: Page, forum = FORUM): Promise<Record<string, unknown>> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Tallenne (JSON): ${forum}` }).click(),
  ])
  const path = await download.path()
  const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>
  // When it was saved is the only thing that may differ between two downloads.
  delete record.savedAt
  return record
}

test('a decision recorded on an opportunity page is there after a reload, in words', async ({
  page,
}) => {
  await createSession(page)
  await expect(page.getByRole('row', { name: /Käytössä/ })).toContainText(FORUM)
  await recordDecision(page)
  await expectStored(
    page,
    /Rahoitus <b>keväällä<\/b> =SUM\(A1\)[^]*Lapin liitto|Lapin liitto[^]*Rahoitus/,
  )
  await page.reload()
  await expect(page.getByRole('radio', { name: /Priorisoidaan/ })).toBeChecked()
  await expect(page.getByLabel('Huomautus (perustelu)')).toHaveValue(
    'Rahoitus <b>keväällä</b> =SUM(A1)',
  )
  await expect(page.getByText('Kirjattu: Priorisoidaan')).toBeVisible()

  await page.getByRole('link', { name: 'Istunnot', exact: true }).click()
  const decisions = page.getByRole('table', { name: `Istunnon ${FORUM} päätökset` })
  await expect(decisions.getByRole('row')).toHaveCount(2)
  // The note is text: its markup shows as characters.
  await expect(decisions).toContainText('Rahoitus <b>keväällä</b> =SUM(A1)')
  await expect(decisions).toContainText('Priorisoidaan')
})

test('a record exported and loaded on a fresh browser profile gives the same session', async ({
  page,
  browser,
}) => {
  await createSession(page)
  await recordDecision(page)
  await page.goto('/sessions')
  const exported = await downloadRecord(page)
  expect(exported.decisions).toEqual([
    expect.objectContaining({
      opportunityId: OPPORTUNITY,
      decision: 'prioritise',
      note: 'Rahoitus <b>keväällä</b> =SUM(A1)',
      // The name of one of the export's actors records that actor too.
      responsible: 'Lapin liitto',
      responsibleActor: 'lapinliitto',
    }),
  ])

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto('/sessions')
  await expect(other.getByText('Istuntoja ei vielä ole.')).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Tallenne (JSON): ${FORUM}` }).click(),
  ])
  await other.getByLabel('Päätöstallenne (JSON)').setInputFiles(await download.path())
  await expect(
    other.getByText(`Istunto ${FORUM} ladattiin (1 päätös) ja otettiin käyttöön.`),
  ).toBeVisible()
  expect(await downloadRecord(other)).toEqual(exported)
  await other.goto(`/opportunities/${OPPORTUNITY}`)
  await expect(other.getByRole('radio', { name: /Priorisoidaan/ })).toBeChecked()
  await fresh.close()
})

test('a bad record is refused with its reason, and the active session stays', async ({ page }) => {
  await createSession(page)
  const picker = page.getByLabel('Päätöstallenne (JSON)')
  await picker.setInputFiles({
    name: 'not-a-record.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"schemaVersion":"1.0","__proto__":{"x":1}}'),
  })
  await expect(
    page.getByText('Tiedostoa ei voitu lukea päätöstallenteena. Mitään ei ladattu.'),
  ).toBeVisible()
  await expect(page.getByText('Tiedosto ei ole Kasvukartan päätöstallenne')).toBeVisible()
  await expect(page.getByRole('row', { name: /Käytössä/ })).toContainText(FORUM)
})

test('a session made on another export shows its decisions with a note, and the missing apart', async ({
  page,
}) => {
  const decision = (opportunityId: string, decision: string) => ({
    opportunityId,
    title: opportunityId === OPPORTUNITY ? 'Aiempi otsikko' : 'Poistunut kasvumahdollisuus',
    rank: 1,
    impact: 0.5,
    feasibility: 0.5,
    decision,
    note: '',
    responsible: '',
    decidedAt: '2025-02-01T10:00:00Z',
  })
  const record = {
    format: 'kasvukartta-decisions',
    version: 1,
    savedAt: '2025-02-01T12:00:00Z',
    session: {
      id: 'forum-2025-02',
      forum: 'Helmikuun foorumi',
      date: '2025-02-01',
      basedOn: {
        datasetId: 'lapland-s3-2023-2027',
        exportedAt: '2025-01-15T09:00:00+02:00',
        sha256: '0'.repeat(64),
        weights: {},
        filters: {},
      },
    },
    decisions: [decision(OPPORTUNITY, 'hold'), decision('gone-999', 'discard')],
  }
  await page.goto('/sessions')
  await page.getByLabel('Päätöstallenne (JSON)').setInputFiles({
    name: 'older.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(record)),
  })
  await expect(page.getByText('Istunto Helmikuun foorumi ladattiin (2 päätöstä)')).toBeVisible()
  await expect(page.getByText('Tämä istunto perustui 2025-01-15 tehtyyn vientiin')).toBeVisible()
  const missing = page.getByRole('table', {
    name: 'Päätökset kasvumahdollisuuksista, joita ladatussa viennissä ei ole',
  })
  await expect(missing.getByRole('row')).toHaveCount(2)
  await expect(missing).toContainText('gone-999')
  await expect(missing).toContainText('Hylätään')
  await page.goto(`/opportunities/${OPPORTUNITY}`)
  await expect(page.getByRole('radio', { name: /Jäädytetään/ })).toBeChecked()
  await expect(page.getByText('Tämä istunto perustui 2025-01-15 tehtyyn vientiin')).toBeVisible()
})

test('a session is deleted only after confirming, and can be brought back', async ({ page }) => {
  await createSession(page)
  await page.getByRole('button', { name: `Poista ${FORUM}` }).click()
  await expect(page.getByRole('row', { name: /Käytössä/ })).toBeVisible()
  await page.getByRole('button', { name: 'Kyllä, poista' }).click()
  await expect(page.getByText('Istuntoja ei vielä ole.')).toBeVisible()
  await page.getByRole('button', { name: `Kumoa istunnon ${FORUM} poisto` }).click()
  await expect(page.getByRole('row', { name: new RegExp(FORUM) })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('row', { name: new RegExp(FORUM) })).toBeVisible()
})

for (const lang of ['fi', 'sv', 'en'] as const) {
  test(`the sessions page has no axe violations (${lang})`, async ({ page }) => {
    await createSession(page)
    await recordDecision(page)
    await page.goto(`/sessions?lang=${lang}`)
    await expect(page.locator('table').first()).toBeVisible()
    await expect(page.locator('.decisions-table')).toBeVisible()
    const results = await new AxeBuilder({ page }).analyze()
    expect(
      results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      ),
    ).toEqual([])
  })
}

import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import jsQR from 'jsqr'
import { expect, test } from '../fixtures.ts'
import { expectStored } from './stored-sessions.ts'

/**
 * The forum presentation in the built app with the demo export: an agenda picked and ordered on
 * the agenda screen, the slides moved through by keyboard and reloaded, a decision recorded by
 * its key with a note, the QR code decoded back to the view's address, the slides measured at
 * projector sizes, and axe on the agenda and every kind of slide in the three languages.
 */

// Several pages, reloads and axe passes per test on a shared two-core machine.
test.describe.configure({ timeout: 90_000 })

const FORUM = 'Johtoryhmän strategiafoorumi'
/** The first look after opening a page waits for the export to load, slow on a busy machine. */
const LOADED = { timeout: 30_000 }

async function createSession(page: Page) {
  await page.goto('/sessions')
  await expect(page.getByText('Istunto perustuu nyt ladattuun vientiin')).toBeVisible()
  await page.getByLabel('Foorumi', { exact: true }).fill(FORUM)
  await page.getByRole('button', { name: 'Luo istunto' }).click()
  await expect(page.getByText(`Istunto ${FORUM} luotiin ja otettiin käyttöön.`)).toBeVisible()
}

const progress = (page: Page) => page.locator('.deck-progress')
const slideHeading = (page: Page) => page.locator('.slide').getByRole('heading', { level: 1 })

/** The titles in the agenda screen's list, by rank. */
async function rankedTitles(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: /sijan mukaan/ })
  await expect(table.locator('tbody tr').first()).toBeVisible()
  return table.locator('tbody tr td:last-child').allTextContents()
}

test('an agenda of five, picked and reordered, moved through by keyboard and reloaded on slide 4', async ({
  page,
}) => {
  // The link from a view keeps its query: the weights come along.
  await page.goto('/opportunities?w=imp-rdi:3')
  await page.getByRole('link', { name: 'Esitä', exact: true }).click()
  await expect(page).toHaveURL(/\/present\?w=imp-rdi:3/)
  await expect(page.getByRole('heading', { level: 1, name: 'Esitä foorumille' })).toBeVisible()

  await expect(page.getByRole('radio', { name: /Valitsemani/ })).toBeVisible(LOADED)
  await page.getByRole('radio', { name: /Valitsemani/ }).check()
  const titles = (await rankedTitles(page)).slice(0, 5)
  for (const title of titles)
    await page.getByRole('checkbox', { name: `Ota ${title} esityslistalle` }).check()
  const agenda = page.getByRole('region', { name: 'Esityslista esitysjärjestyksessä' })
  await expect(agenda.getByRole('listitem')).toHaveCount(5)
  // Moved by keyboard: the fifth one up a place; the focus stays on its button.
  await agenda.getByRole('button', { name: `Siirrä ${titles[4]} ylemmäs` }).focus()
  await page.keyboard.press('Enter')
  await expect(agenda.getByRole('button', { name: `Siirrä ${titles[4]} ylemmäs` })).toBeFocused()
  const order = [titles[0], titles[1], titles[2], titles[4], titles[3]] as string[]
  await expect(agenda.getByRole('listitem')).toHaveText(order.map((t) => new RegExp(`^${t}`)))
  await expect(
    page.getByText('Esityslistalla 5 kasvumahdollisuutta, yhteensä 9 diaa.'),
  ).toBeVisible()

  await page.getByRole('button', { name: 'Aloita esitys' }).click()
  await expect(progress(page)).toHaveText('1 / 9')
  await expect(slideHeading(page)).toHaveText('Lapin älykkään erikoistumisen kasvumahdollisuudet')
  await page.keyboard.press('ArrowRight')
  await expect(progress(page)).toHaveText('2 / 9')
  await expect(slideHeading(page)).toHaveText('Priorisointimatriisi')
  await page.keyboard.press('PageDown')
  await expect(slideHeading(page)).toHaveText(order[0] as string)
  await page.keyboard.press('Space')
  await expect(progress(page)).toHaveText('4 / 9')
  await page.keyboard.press('PageUp')
  await page.keyboard.press('ArrowLeft')
  await expect(progress(page)).toHaveText('2 / 9')
  await page.keyboard.press('End')
  await expect(slideHeading(page)).toHaveText('Päätökset')
  await page.keyboard.press('Home')
  await expect(progress(page)).toHaveText('1 / 9')

  await page.keyboard.press('g')
  await expect(page.getByLabel('Siirry diaan (1–9), sitten Enter')).toBeFocused()
  await page.keyboard.type('4')
  await page.keyboard.press('Enter')
  await expect(progress(page)).toHaveText('4 / 9')
  await expect(page).toHaveURL(/slide=4/)
  // Said to screen readers, and named in the tab.
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'Dia 4/9' })).toHaveText(
    `Dia 4/9: ${order[1]}`,
  )
  await expect(page).toHaveTitle(new RegExp(`^Dia 4/9: ${order[1]}`))

  await page.reload()
  await expect(progress(page)).toHaveText('4 / 9', LOADED)
  await expect(slideHeading(page)).toHaveText(order[1] as string)
  // The roadmap and the decisions list the agenda in its order.
  await page.keyboard.press('End')
  await expect(
    page.getByRole('table', { name: /foorumin päätökset/ }).locator('tbody tr'),
  ).toHaveText(order.map((t) => new RegExp(t)))

  // Escape goes back to the agenda, which still holds the picked list.
  await page.keyboard.press('Escape')
  await expect(page.getByRole('heading', { level: 1, name: 'Esitä foorumille' })).toBeVisible()
  await expect(agenda.getByRole('listitem')).toHaveCount(5)
})

test('a decision recorded by its key and a note on a slide is there after a reload, and in the table', async ({
  page,
}) => {
  await createSession(page)
  await page.goto('/present?agenda=kk-001,kk-002&slide=3')
  await expect(slideHeading(page)).toHaveText(
    'Akkumineraalien arvoketju Kemi-Tornion alueella',
    LOADED,
  )
  const status = page.locator('.slide').getByRole('status')
  await expect(status).toHaveText('Ei vielä päätöstä')
  await page.keyboard.press('1')
  await expect(status).toHaveText('Päätös: Priorisoidaan (tilaksi tulee ”Priorisoitu”)')
  await page.keyboard.press('n')
  const note = page.getByLabel(/^Huomautus/)
  await expect(note).toBeFocused()
  // Digits and letters in the note are the note's, not the presentation's keys.
  await page.keyboard.type('Rahoitus 2027 keväällä, nopeasti')
  await expect(status).toHaveText(/Priorisoidaan/)
  await expect(progress(page)).toHaveText('3 / 6')
  await page.keyboard.press('Escape')
  await expect(note).not.toBeFocused()
  await page.keyboard.press('4')
  await expect(status).toHaveText('Päätös: Jäädytetään (tilaksi tulee ”Tauolla”)')
  await expectStored(
    page,
    /"decision":\s*"hold"[^]*Rahoitus 2027 keväällä, nopeasti|Rahoitus 2027 keväällä, nopeasti[^]*"decision":\s*"hold"/,
  )

  await page.reload()
  await expect(page.locator('.slide').getByRole('radio', { name: '4 Jäädytetään' })).toBeChecked(
    LOADED,
  )
  await expect(note).toHaveValue('Rahoitus 2027 keväällä, nopeasti')
  await page.keyboard.press('End')
  await expect(
    page
      .getByRole('table', { name: /foorumin päätökset/ })
      .locator('tbody tr')
      .first(),
  ).toContainText('Jäädytetään')

  await page.goto('/opportunities?cols=title,id,decision&sort=decision')
  const row = page.getByRole('row').filter({ hasText: 'kk-001' })
  await expect(row).toContainText('Jäädytetään')
})

test('an agenda of five picked in the table, by mouse and keyboard, is presented in the order picked', async ({
  page,
}) => {
  await page.goto('/opportunities?w=imp-rdi:3')
  const picker = page.getByRole('button', { name: 'Valitse foorumin esityslista' })
  await expect(picker).toHaveAttribute('aria-pressed', 'false', LOADED)
  await expect(page.getByRole('checkbox', { name: /esityslistalle$/ })).toHaveCount(0)
  await picker.click()
  await expect(picker).toHaveAttribute('aria-pressed', 'true')
  const links = page.locator('tbody tr[data-index] a.row-link')
  await expect(links.nth(5)).toBeVisible()
  const rows = await links.allTextContents()
  // Not the table's order: the agenda keeps the order of picking.
  const order = [rows[3], rows[0], rows[4], rows[1], rows[5]] as string[]
  const box = (title: string) =>
    page.getByRole('checkbox', { name: `Lisää ${title} esityslistalle`, exact: true })
  for (const title of order.slice(0, 4)) await box(title).check()
  // The fifth by keyboard: the checkbox is in the tab order, Space ticks it.
  await box(order[4] as string).focus()
  await page.keyboard.press('Space')
  await expect(box(order[4] as string)).toBeChecked()
  await expect(page).toHaveURL(/agenda=/)
  // Unticking takes one out, ticking again puts it at the end.
  await box(order[1] as string).uncheck()
  await box(order[1] as string).check()
  const picked = [order[0], order[2], order[3], order[4], order[1]] as string[]

  // A reload keeps the agenda and shows it ticked.
  await page.reload()
  await expect(box(picked[0] as string)).toBeChecked(LOADED)
  const results = await new AxeBuilder({ page }).include('main').analyze()
  expect(results.violations.map((v) => v.id)).toEqual([])

  await page.getByRole('link', { name: 'Esitä esityslista (5)' }).click()
  await expect(progress(page)).toHaveText('1 / 9', LOADED)
  await expect(page).toHaveURL(/\/present\?.*w=imp-rdi:3/)
  for (const [i, title] of picked.entries()) {
    await page.keyboard.press('g')
    await page.keyboard.type(String(i + 3))
    await page.keyboard.press('Enter')
    await expect(progress(page)).toHaveText(`${i + 3} / 9`)
    await expect(slideHeading(page)).toHaveText(title)
  }
  // The agenda screen holds the same list, in the same order.
  await page.keyboard.press('a')
  await expect(
    page.getByRole('region', { name: 'Esityslista esitysjärjestyksessä' }).getByRole('listitem'),
  ).toHaveText(picked.map((t) => new RegExp(`^${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)))
})

test('the responsible and the due date set on a slide are on the opportunity page and in the minutes', async ({
  page,
}) => {
  await createSession(page)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto('/present?agenda=kk-001&slide=3')
  await expect(slideHeading(page)).toHaveText(
    'Akkumineraalien arvoketju Kemi-Tornion alueella',
    LOADED,
  )
  const summary = page.locator('.slide-more summary')
  await expect(summary).toHaveText('Lisää: vastuutaho, määräpäivä')
  // They belong to a decision: before one, the disclosure says so.
  await summary.click()
  await expect(page.getByText('Kirjaa ensin päätös (näppäimet 1–6).')).toBeVisible()
  await expect(page.getByLabel('Vastuutaho')).toHaveCount(0)
  await page.locator('.slide').getByRole('heading').click()
  await page.keyboard.press('2')
  const responsible = page.locator('.slide').getByLabel('Vastuutaho')
  await responsible.fill('Lapin ammattikorkeakoulu')
  // Letters and digits typed in the field are the field's, not the presentation's keys.
  await expect(progress(page)).toHaveText('3 / 5')
  await page.locator('.slide').getByLabel('Määräpäivä (valinnainen)').fill('2027-03-31')
  // Open, the fields still leave the slide whole at the smallest projector size.
  expect(await misfits(page, 23.5)).toEqual([])
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => v.id)).toEqual([])
  await page.keyboard.press('Escape')
  await summary.click()
  await expectStored(
    page,
    /Lapin ammattikorkeakoulu[^]*2027-03-31|2027-03-31[^]*Lapin ammattikorkeakoulu/,
  )

  await page.reload()
  await expect(summary).toHaveText(
    'Vastuutaho: Lapin ammattikorkeakoulu · määräpäivä 31.3.2027',
    LOADED,
  )
  expect(await misfits(page, 23.5)).toEqual([])

  await page.goto('/opportunities/kk-001')
  await expect(page.getByRole('heading', { name: 'Foorumin päätös' })).toBeVisible(LOADED)
  await expect(page.getByLabel('Vastuutaho')).toHaveValue('Lapin ammattikorkeakoulu')
  await expect(page.getByLabel('Määräpäivä (valinnainen)')).toHaveValue('2027-03-31')

  await page.goto('/sessions')
  await page.getByRole('link', { name: 'Pöytäkirja (tulostus)' }).click()
  const row = page.getByRole('table', { name: /päätökset/ }).locator('tbody tr')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Aloitetaan suunnittelu')
  await expect(row).toContainText('Lapin ammattikorkeakoulu')
})

/** The QR code's modules painted into pixels, as a camera would see them, and decoded. */
async function decodeQr(page: Page): Promise<string | undefined> {
  const qr = page.locator('.slide-qr')
  const { d, size } = await qr.evaluate((svg) => ({
    d: svg.querySelector('path')?.getAttribute('d') ?? '',
    size: Number(svg.getAttribute('viewBox')?.split(' ')[2]),
  }))
  const scale = 4
  const side = size * scale
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255)
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-?\d+z/g)) {
    const [x0, y0, w] = [Number(m[1]), Number(m[2]), Number(m[3])]
    for (let y = y0 * scale; y < (y0 + 1) * scale; y++)
      for (let x = x0 * scale; x < (x0 + w) * scale; x++) {
        const i = (y * side + x) * 4
        pixels[i] = pixels[i + 1] = pixels[i + 2] = 0
      }
  }
  return jsQR(pixels, side, side)?.data
}

test('the QR code opens the same view on a phone: the opportunity or the matrix, with the weights, filters and language', async ({
  page,
}) => {
  const query = 'theme=th-arctic-industry&w=imp-rdi:2&agenda=kk-001&lang=sv'
  await page.goto(`/present?${query}&slide=3`)
  await expect(slideHeading(page)).toHaveText(/Kemi-Torneå/, LOADED)
  const origin = new URL(page.url()).origin
  expect(await decodeQr(page)).toBe(
    `${origin}/opportunities/kk-001?theme=th-arctic-industry&w=imp-rdi:2&lang=sv`,
  )
  await page.keyboard.press('Home')
  expect(await decodeQr(page)).toBe(`${origin}/matrix?theme=th-arctic-industry&w=imp-rdi:2&lang=sv`)
  // Q hides it and shows it again.
  await page.keyboard.press('q')
  await expect(page.locator('.slide-qr')).toHaveCount(0)
  await page.keyboard.press('q')
  await expect(page.locator('.slide-qr')).toBeVisible()
})

/** What does not fit on the current slide: scrollbars, clipped text, text under `minPx`. */
function misfits(page: Page, minPx: number) {
  return page.evaluate((min) => {
    const problems: string[] = []
    const doc = document.documentElement
    if (doc.scrollWidth > innerWidth || doc.scrollHeight > innerHeight)
      problems.push(`page scrolls: ${doc.scrollWidth}×${doc.scrollHeight}`)
    const deck = document.querySelector('.present-deck')
    if (!deck) return ['no deck']
    const bounds = deck.getBoundingClientRect()
    for (const el of deck.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('.visually-hidden')) continue
      const box = el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      if (box.bottom > bounds.bottom + 1 || box.right > bounds.right + 1)
        problems.push(`outside the screen: ${el.tagName}.${el.className}`)
      const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim())
      if (!text) continue
      if (parseFloat(getComputedStyle(el).fontSize) < min)
        problems.push(`small text: ${el.tagName}.${el.className}`)
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
        problems.push(`clipped: ${el.tagName}.${el.className}`)
    }
    return problems
  }, minPx)
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
  [3840, 2160],
] as const) {
  test(`every slide fits at ${width}×${height}, with no text under 24 px at that scale`, async ({
    page,
  }) => {
    await createSession(page)
    await page.setViewportSize({ width, height })
    // Ten opportunities in Swedish, the longest words of the three languages on most slides;
    // the roadmap takes two slides.
    await page.goto('/present?lang=sv&slide=1')
    // A big screen on a shared machine: the first paint can take a while.
    await expect(progress(page)).toHaveText('1 / 15', LOADED)
    for (let n = 1; n <= 15; n++) {
      await expect(progress(page)).toHaveText(`${n} / 15`)
      // 24 px at 1280×720, scaled with the screen.
      expect(await misfits(page, (24 * width) / 1280 - 0.5), `slide ${n}`).toEqual([])
      await page.keyboard.press('ArrowRight')
    }
  })
}

const AXE_SLIDES = [
  ['the title', 1],
  ['the matrix', 2],
  ['an opportunity', 3],
  ['the roadmap', 4],
  ['the decisions', 5],
] as const
for (const lang of ['fi', 'sv', 'en'] as const) {
  // Seven axe passes on a shared two-core machine.
  test(`axe finds no violations on the agenda and every kind of slide (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(240_000)
    await createSession(page)
    await page.goto(`/present?agenda=kk-001&lang=${lang}`)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
    await page.getByRole('radio').nth(1).check()
    const scan = async (what: string) => {
      const results = await new AxeBuilder({ page }).analyze()
      expect(
        results.violations.map(
          (v) => `${what}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([])
    }
    await scan('agenda')
    for (const [what, n] of AXE_SLIDES) {
      await page.goto(`/present?agenda=kk-001&lang=${lang}&slide=${n}`)
      await expect(progress(page)).toHaveText(`${n} / 5`, LOADED)
      await expect(page.locator('.slide').getByRole('heading', { level: 1 })).toHaveCount(1)
      await scan(what)
    }
    // The dark theme, on the slide with the most kinds of text.
    await page.goto(`/present?agenda=kk-001&lang=${lang}&slide=3`)
    await expect(progress(page)).toHaveText('3 / 5', LOADED)
    await page.keyboard.press('t')
    await expect(page.locator('.present-deck')).toHaveAttribute('data-theme', 'dark')
    await scan('an opportunity (dark)')
  })
}

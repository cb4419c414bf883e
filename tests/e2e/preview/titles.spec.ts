import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

/**
 * Document titles (WCAG 2.4.2): every page names itself, the dataset and the app in the UI
 * language, changes with navigation and language, and a navigation is announced and moves
 * the focus to the new page's heading.
 */
const DATASET = {
  fi: 'Lapin älykkään erikoistumisen kasvumahdollisuudet',
  sv: 'Tillväxtmöjligheter inom Lapplands smarta specialisering',
  en: "Growth opportunities of Lapland's smart specialisation",
} as const

const NAV = {
  '/': { fi: 'Yleiskuva', sv: 'Översikt', en: 'Overview' },
  '/matrix': { fi: 'Matriisi', sv: 'Matris', en: 'Matrix' },
  '/roadmap': { fi: 'Tiekartta', sv: 'Färdplan', en: 'Roadmap' },
  '/opportunities': { fi: 'Kasvumahdollisuudet', sv: 'Tillväxtmöjligheter', en: 'Opportunities' },
  '/data': { fi: 'Aineisto', sv: 'Data', en: 'Data' },
  '/accessibility': { fi: 'Saavutettavuus', sv: 'Tillgänglighet', en: 'Accessibility' },
} as const

const KK_001 = {
  fi: 'Akkumineraalien arvoketju Kemi-Tornion alueella',
  sv: 'Värdekedjan för batterimineraler i Kemi-Torneå-området',
  en: 'Battery mineral value chain in the Kemi-Tornio area',
} as const

const MAIN_NAV = { fi: 'Päävalikko', sv: 'Huvudmeny', en: 'Main' } as const

for (const lang of ['fi', 'sv', 'en'] as const) {
  test(`every route has its own title in ${lang}`, async ({ page }) => {
    // Seven pages in one test: on a busy two-core machine that can take a while.
    test.setTimeout(90_000)
    // Each page is opened from the navigation, as a reader moves; the opportunity by address.
    await page.goto(`/accessibility?lang=${lang}`)
    const nav = page.getByRole('navigation', { name: MAIN_NAV[lang] })
    for (const [path, names] of Object.entries(NAV)) {
      await nav.getByRole('link', { name: names[lang], exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/' : path}\\?lang=${lang}$`))
      await expect(page).toHaveTitle(`${names[lang]} – ${DATASET[lang]} – Kasvukartta`)
    }
    await page.goto(`/opportunities/kk-001?lang=${lang}`)
    await expect(page).toHaveTitle(`${KK_001[lang]} – ${DATASET[lang]} – Kasvukartta`)
  })
}

const announcer = (page: Page) => page.locator('p[aria-live="polite"].visually-hidden')

test('the title follows navigation and language, is announced, and focus moves to the h1', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page).toHaveTitle(`Yleiskuva – ${DATASET.fi} – Kasvukartta`)
  // The first load is not announced and keeps the focus where the browser puts it.
  await expect(announcer(page)).toHaveText('')
  await expect(page.locator('h1')).not.toBeFocused()

  const nav = page.getByRole('navigation', { name: 'Päävalikko' })
  await nav.getByRole('link', { name: 'Matriisi' }).click()
  const matrixTitle = `Matriisi – ${DATASET.fi} – Kasvukartta`
  await expect(page).toHaveTitle(matrixTitle)
  await expect(announcer(page)).toHaveText(matrixTitle)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()

  await page
    .getByRole('navigation', { name: 'Kieli' })
    .getByRole('link', { name: 'Svenska' })
    .click()
  await expect(page).toHaveTitle(`Matris – ${DATASET.sv} – Kasvukartta`)
  await expect(announcer(page)).toHaveText(`Matris – ${DATASET.sv} – Kasvukartta`)

  await page.goBack()
  await expect(page).toHaveTitle(matrixTitle)
  await page.goBack()
  await expect(page).toHaveTitle(`Yleiskuva – ${DATASET.fi} – Kasvukartta`)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
})

test('an unknown opportunity and an unknown page say so in the title', async ({ page }) => {
  await page.goto('/opportunities/kk-999?lang=en')
  await expect(page).toHaveTitle(`Page not found – ${DATASET.en} – Kasvukartta`)
  await page.goto('/no-such-page')
  await expect(page).toHaveTitle(`Sivua ei löytynyt – ${DATASET.fi} – Kasvukartta`)
})

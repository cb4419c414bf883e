import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import jsQR from 'jsqr'
import { expect, test } from '../fixtures.ts'

/**
 * Handouts (issue 19): every printout and exported picture says what it shows (the dataset,
 * the export's time, the filters, changed weights, the day printed, the address and its QR
 * code), in each UI language. Prints are read under the print medium, as Chromium lays them
 * out for `page.pdf()`; page counts and sizes come from the PDF itself.
 */
const demo = JSON.parse(readFileSync('mocks/demo-export.json', 'utf8')) as {
  dataset: { title: Record<string, string> }
  criteria: { id: string; name: Record<string, string>; weight?: number }[]
}

type Lang = 'fi' | 'sv' | 'en'
/** A view's first load and drawing: seconds on a two-core machine shared by several runs. */
const LOADED = { timeout: 30_000 }
const LANGS: readonly Lang[] = ['fi', 'sv', 'en']
/** The export's day (20 November 2026) as each UI language writes it. */
const EXPORT_DAY: Record<Lang, RegExp> = {
  fi: /20\.11\.2026/,
  sv: /20\.11\.2026/,
  en: /20\/11\/2026/,
}
const WEIGHTS_CHANGED: Record<Lang, string> = {
  fi: 'Painoja muutettu viennin painoista',
  sv: 'Vikterna ändrade från exportens',
  en: 'Weights changed from the export’s',
}
const query = (lang: Lang, rest = '') => {
  const parts = [rest, lang === 'fi' ? '' : `lang=${lang}`].filter(Boolean)
  return parts.length > 0 ? `?${parts.join('&')}` : ''
}

/** The PDF's pages: each page object is `/Type /Page` (the tree's nodes are `/Pages`). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0
}

async function printMatrix(page: Page) {
  await page.emulateMedia({ media: 'print' })
  return page.locator('.print-context')
}

for (const lang of LANGS) {
  test(`the matrix print names the dataset, the export's time and each changed weight (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/matrix${query(lang)}`)
    await expect(page.locator('.matrix-chart[data-drawn]')).toBeAttached(LOADED)
    const criterion = demo.criteria.find((c) => c.id === 'imp-wellbeing')
    const slider = page.getByRole('slider', { name: criterion?.name[lang] })
    await slider.focus()
    await page.keyboard.press('End')
    await expect(page).toHaveURL(/[?&]w=imp-wellbeing:3(&|$)/)
    // On screen the block is not there: it is for paper.
    await expect(page.locator('.print-context')).toHaveCount(0)

    const context = await printMatrix(page)
    await expect(context).toBeVisible()
    await expect(context).toContainText(demo.dataset.title[lang] as string)
    await expect(context).toContainText(EXPORT_DAY[lang])
    await expect(context).toContainText(WEIGHTS_CHANGED[lang])
    await expect(context).toContainText(`${criterion?.name[lang]} 3`)
    await expect(context.locator('svg[data-qr-value]')).toHaveAttribute('data-qr-value', page.url())
    const pdf = await page.pdf({ preferCSSPageSize: true })
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(1)
  })
}

test('the print names the filters in words and the count they leave', async ({ page }) => {
  await page.goto('/matrix?status=planned&q=vety&lang=en')
  await expect(page.locator('.matrix-chart[data-drawn]')).toBeAttached(LOADED)
  const count = await page.locator('.shown-count').textContent()
  const shown = /^(\d+) of (\d+)/.exec(count ?? '')
  const context = await printMatrix(page)
  await expect(context).toContainText(
    `${shown?.[1]} of ${shown?.[2]} opportunities: status Planned; search ‘vety’`,
  )
  // Without changed weights, nothing is said about them.
  await expect(context).not.toContainText(WEIGHTS_CHANGED.en)
})

test('the overview and an opportunity page print with the context block, on one page each', async ({
  page,
}) => {
  await page.goto('/?lang=sv&goal=wellbeing')
  await expect(page.locator('.dash-tiles')).toBeVisible(LOADED)
  // The charts load after the tiles, and make the page taller.
  await expect(page.locator('.dash-grid:not(.dash-pending)').first()).toBeVisible(LOADED)
  await page.emulateMedia({ media: 'print' })
  const context = page.locator('.print-context')
  await expect(context).toContainText(demo.dataset.title.sv as string)
  await expect(context).toContainText('tillväxtmål Tillväxt i lappländarnas välbefinnande')
  expect(pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1)

  await page.emulateMedia({ media: 'screen' })
  await page.goto('/opportunities/kk-001?lang=sv&goal=wellbeing')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible(LOADED)
  await page.emulateMedia({ media: 'print' })
  // One opportunity, whatever the filters of the view it came from.
  await expect(context).toContainText('1 av 64 tillväxtmöjligheter')
  await expect(context).not.toContainText('tillväxtmål')
  expect(pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).toBe(1)
})

const MATRIX_SVG: Record<Lang, string> = {
  fi: 'Lataa SVG',
  sv: 'Ladda ner SVG',
  en: 'Download SVG',
}
const ALL_SHOWN: Record<Lang, string> = {
  fi: 'Kaikki 64 kasvumahdollisuutta, ei rajauksia',
  sv: 'Alla 64 tillväxtmöjligheter, inga filter',
  en: 'All 64 opportunities, no filters',
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ])
  return readFileSync(await file.path(), 'latin1')
}

for (const lang of LANGS) {
  test(`the matrix's SVG export carries the context as text (${lang})`, async ({ page }) => {
    await page.goto(`/matrix${query(lang, 'w=fea-time:2')}`)
    await expect(page.locator('.matrix-chart[data-drawn]')).toBeAttached(LOADED)
    const svg = Buffer.from(await download(page, MATRIX_SVG[lang]), 'latin1').toString('utf8')
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])
    expect(texts).toContain(demo.dataset.title[lang])
    expect(texts).toContain(ALL_SHOWN[lang])
    expect(texts.some((t) => EXPORT_DAY[lang].test(t ?? ''))).toBe(true)
    const time = demo.criteria.find((c) => c.id === 'fea-time')?.name[lang] as string
    expect(texts.join(' ')).toContain(`${WEIGHTS_CHANGED[lang]}: ${time} 2`)
    expect(texts.join(' ')).toContain(new URL(page.url()).host)
  })
}

test('the roadmap SVG export carries the context, and the matrix PNG’s QR code opens the view', async ({
  page,
}) => {
  await page.goto('/roadmap?theme=th-tourism&lang=en')
  await expect(page.locator('.rm-timeline')).toBeVisible(LOADED)
  const svg = await download(page, 'Download SVG')
  // Checked as booleans: a failure would otherwise print the whole picture.
  expect(svg.includes(demo.dataset.title.en as string)).toBe(true)
  expect(svg.includes('of 64 opportunities: theme Arctic tourism and experience economy')).toBe(
    true,
  )

  await page.goto('/matrix?lang=en&q=matkailu')
  await expect(page.locator('.matrix-chart[data-drawn]')).toBeAttached(LOADED)
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download PNG', exact: true }).click(),
  ])
  const dataUrl = `data:image/png;base64,${readFileSync(await png.path()).toString('base64')}`
  // The code is in the bottom right corner: read that part of the picture's pixels.
  const { pixels, width, height } = await page.evaluate(async (src) => {
    const img = new Image()
    img.src = src
    await img.decode()
    const w = Math.min(400, img.naturalWidth)
    const h = Math.min(260, img.naturalHeight)
    const canvas = document.createElement('canvas')
    canvas.width = w
    canvas.height = h
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
    ctx.drawImage(img, img.naturalWidth - w, img.naturalHeight - h, w, h, 0, 0, w, h)
    return { pixels: [...ctx.getImageData(0, 0, w, h).data], width: w, height: h }
  }, dataUrl)
  const code = jsQR(Uint8ClampedArray.from(pixels), width, height)
  expect(code?.data).toBe(page.url())
})

/** A4 landscape less the 10 mm margins, in CSS pixels: what a page can print. */
const PRINTABLE = { width: 1047, height: 718 }

for (const lang of LANGS) {
  test(`the demo roadmap prints on at most 3 small pages, every bar inside its page (${lang})`, async ({
    page,
  }) => {
    await page.goto(`/roadmap${query(lang)}`)
    await expect(page.locator('.rm-timeline')).toBeVisible(LOADED)
    await page.emulateMedia({ media: 'print' })
    // The printable width, as Chromium lays the print out.
    await page.setViewportSize(PRINTABLE)
    const pages = page.locator('.rm-print-page')
    await expect(pages.first()).toBeVisible()
    await expect(page.locator('.rm-timeline')).toBeHidden()
    const count = await pages.count()
    expect(count).toBeLessThanOrEqual(3)

    const boxes = await pages.evaluateAll((sections) =>
      sections.map((s) => {
        const r = s.getBoundingClientRect()
        const bars = [...s.querySelectorAll('.rm-print-bar')].map((b) => {
          const box = b.getBoundingClientRect()
          return {
            id: b.getAttribute('data-id'),
            l: box.left,
            r: box.right,
            t: box.top,
            b: box.bottom,
          }
        })
        const years = [...s.querySelectorAll('.rm-print-axis [data-tick-level="year"] text')].map(
          (t) => t.textContent,
        )
        const number = s.querySelector('.rm-print-page-number')?.textContent
        return { l: r.left, r: r.right, t: r.top, b: r.bottom, bars, years, number }
      }),
    )
    const printed = boxes.flatMap((p) => p.bars.map((b) => b.id))
    // Every scheduled bar, once.
    expect(new Set(printed).size).toBe(printed.length)
    expect(printed.length).toBeGreaterThan(40)
    boxes.forEach((p, i) => {
      expect(p.b - p.t).toBeLessThanOrEqual(PRINTABLE.height)
      expect(p.r - p.l).toBeLessThanOrEqual(PRINTABLE.width)
      for (const bar of p.bars) {
        expect(bar.l).toBeGreaterThanOrEqual(p.l)
        expect(bar.r).toBeLessThanOrEqual(p.r)
        expect(bar.t).toBeGreaterThanOrEqual(p.t)
        expect(bar.b).toBeLessThanOrEqual(p.b)
      }
      // The strategy period's years head every page, and every page says which it is.
      expect(p.years).toEqual(['2023', '2024', '2025', '2026', '2027'])
      expect(p.number).toBe(`${i + 1} / ${count}`)
    })

    // The first page says what it shows; bars that run past the period say so with an arrow.
    await expect(pages.first()).toContainText(demo.dataset.title[lang] as string)
    expect(await page.locator('.rm-print-continues').count()).toBeGreaterThan(0)

    const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true })
    expect(pageCount(pdf)).toBe(count)
    expect(pdf.length).toBeLessThan(1_000_000)
    // Patterns stay vector: no image in the file.
    expect(pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).toEqual([])
  })
}

const PRINT_BUTTON: Record<Lang, string> = { fi: 'Tulosta', sv: 'Skriv ut', en: 'Print' }

/** The screen's table (virtualised; it says how many rows it has). */
const screenTable = (page: Page) => page.locator('table[aria-rowcount]')

async function openTable(page: Page, search: string) {
  await page.goto(`/opportunities${search}`)
  await expect(screenTable(page)).toHaveAttribute('aria-rowcount', /\d+/, LOADED)
}

for (const lang of LANGS) {
  test(`a filtered table prints every row once, in order, under a repeated header (${lang})`, async ({
    page,
  }) => {
    // Sorted by title, only scheduled ones: enough rows for more than one page.
    await openTable(
      page,
      query(lang, 'status=identified,prioritised,planned,inProgress&sort=title'),
    )
    const shown = Number(/\d+/.exec((await page.locator('.table-count').textContent()) ?? '')?.[0])
    const screenIds = await page
      .locator('.row-link')
      .evaluateAll((links) =>
        links.map((a) => a.getAttribute('href')?.split('?')[0]?.split('/').pop()),
      )
    // The toolbar's button opens the browser's print dialog.
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes')
    })
    await page.getByRole('button', { name: PRINT_BUTTON[lang], exact: true }).click()
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes')

    await page.emulateMedia({ media: 'print' })
    const table = page.locator('.table-print table')
    await expect(table).toBeVisible()
    await expect(screenTable(page)).toBeHidden()
    const printedIds = await table
      .locator('tbody tr[data-id]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')))
    expect(printedIds).toHaveLength(shown)
    expect(new Set(printedIds).size).toBe(shown)
    // The same order as on screen (which draws only the rows scrolled into view).
    expect(printedIds.slice(0, screenIds.length)).toEqual(screenIds)
    // The header is a header group, which Chromium repeats on every page the table spans.
    const head = table.locator('thead')
    await expect(head).toHaveCSS('display', 'table-header-group')
    expect(await head.locator('th').count()).toBeGreaterThan(3)
    await expect(page.locator('.table-print .print-context')).toContainText(
      demo.dataset.title[lang] as string,
    )
    const pdf = await page.pdf({ preferCSSPageSize: true })
    expect(pageCount(pdf)).toBeGreaterThan(1)
  })
}

test('a grouped table prints each group with its subtotal, and the total', async ({ page }) => {
  await openTable(page, '?group=theme&lang=en')
  await page.emulateMedia({ media: 'print' })
  const groups = page.locator('.table-print .table-print-group')
  await expect(groups.first()).toBeVisible()
  const heads = await groups.allTextContents()
  expect(heads.length).toBeGreaterThan(1)
  let sum = 0
  for (const h of heads) {
    const n = Number(/: (\d+) opportunit/.exec(h)?.[1])
    expect(n).toBeGreaterThan(0)
    sum += n
  }
  // Themes are one per opportunity, so the subtotals add up to the whole.
  expect(sum).toBe(64)
  await expect(page.locator('.table-print tfoot')).toContainText('Total: 64 opportunities')
  await expect(page.locator('.table-print tfoot')).toContainText('€')
})

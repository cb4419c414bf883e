import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, dirname } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CHROMIUM_ARGS, PLAYWRIGHT_DISABLED_FEATURES } from './chromium.ts'

/** The features the installed Playwright disables, read from its bundle's source. */
function installedPlaywrightDisabled(): string[] {
  const require = createRequire(import.meta.url)
  const root = dirname(require.resolve('playwright-core/package.json'))
  const source = readFileSync(join(root, 'lib', 'coreBundle.js'), 'utf8')
  const start = source.indexOf('disabledFeatures = [')
  const list = source.slice(start, source.indexOf('].filter(Boolean)', start))
  return [...list.replace(/\/\/.*$/gm, '').matchAll(/"([\w-]+)"/g)].map((m) => m[1] as string)
}

describe('CHROMIUM_ARGS', () => {
  it('keeps every feature the installed Playwright disables, since only one --disable-features counts', () => {
    const playwright = installedPlaywrightDisabled()
    expect(playwright.length).toBeGreaterThan(5)
    expect([...PLAYWRIGHT_DISABLED_FEATURES].sort()).toEqual([...playwright].sort())
    const ours = CHROMIUM_ARGS.filter((a) => a.startsWith('--disable-features='))
    expect(ours).toHaveLength(1)
    const features = (ours[0] as string).slice('--disable-features='.length).split(',')
    for (const f of [...playwright, 'WebUIOmniboxPopup']) expect(features).toContain(f)
  })
})

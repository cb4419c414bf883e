import { describe, expect, it } from 'vitest'
import { findChromium, systemChromiumPaths, type ChromiumLookup } from './find-chromium.ts'

const PLAYWRIGHT = '/home/u/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome'

/** A lookup on a fake file system that holds exactly `files`. */
function lookup(files: string[], over: Partial<ChromiumLookup> = {}): ChromiumLookup {
  const disk = new Set(files)
  return {
    env: {},
    platform: 'linux',
    exists: (path) => disk.has(path),
    playwrightPath: PLAYWRIGHT,
    ...over,
  }
}

describe('findChromium', () => {
  it('takes KASVUKARTTA_CHROMIUM before anything else', () => {
    const env = { KASVUKARTTA_CHROMIUM: '/opt/my/chrome' }
    const files = ['/opt/my/chrome', PLAYWRIGHT, '/usr/bin/chromium']
    expect(findChromium(lookup(files, { env }))).toBe('/opt/my/chrome')
  })

  it('gives null when KASVUKARTTA_CHROMIUM names no file, rather than another browser', () => {
    const env = { KASVUKARTTA_CHROMIUM: '/opt/gone/chrome' }
    expect(findChromium(lookup([PLAYWRIGHT, '/usr/bin/chromium'], { env }))).toBeNull()
  })

  it("takes Playwright's own Chromium before a system one", () => {
    expect(findChromium(lookup([PLAYWRIGHT, '/usr/bin/chromium']))).toBe(PLAYWRIGHT)
  })

  it("passes over Playwright's path when nothing was downloaded there", () => {
    expect(findChromium(lookup(['/usr/bin/chromium']))).toBe('/usr/bin/chromium')
    expect(findChromium(lookup(['/usr/bin/chromium'], { playwrightPath: null }))).toBe(
      '/usr/bin/chromium',
    )
  })

  it.each([
    ['Debian', '/usr/bin/chromium'],
    ['Ubuntu (apt)', '/usr/bin/chromium-browser'],
    ["Google's package", '/usr/bin/google-chrome'],
    ['Ubuntu (snap)', '/snap/bin/chromium'],
    ['Fedora', '/usr/lib64/chromium-browser/chromium-browser'],
  ])('finds Linux Chromium of %s at %s', (_, path) => {
    expect(findChromium(lookup([path]))).toBe(path)
  })

  it('prefers Debian’s path to the others on Linux', () => {
    const all = systemChromiumPaths('linux', {})
    expect(findChromium(lookup([...all].reverse()))).toBe('/usr/bin/chromium')
  })

  it.each([
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ])('finds macOS %s', (path) => {
    expect(findChromium(lookup([path], { platform: 'darwin' }))).toBe(path)
    // Linux paths mean nothing on a Mac.
    expect(findChromium(lookup(['/usr/bin/chromium'], { platform: 'darwin' }))).toBeNull()
  })

  it('finds Chrome on Windows under Program Files or the user’s own programs', () => {
    const env = { ProgramFiles: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }
    const machine = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'
    const user = 'C:\\Users\\u\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'
    expect(findChromium(lookup([machine, user], { platform: 'win32', env }))).toBe(machine)
    expect(findChromium(lookup([user], { platform: 'win32', env }))).toBe(user)
  })

  it('gives null when there is none', () => {
    expect(findChromium(lookup([]))).toBeNull()
    expect(findChromium(lookup([], { platform: 'darwin' }))).toBeNull()
    expect(findChromium(lookup([], { platform: 'win32', env: {} }))).toBeNull()
  })

  it('searches only the test override list when it is set, and nothing for none', () => {
    const files = [PLAYWRIGHT, '/usr/bin/chromium', '/tmp/fake/chromium']
    const list = { KASVUKARTTA_CHROMIUM_SEARCH: '/tmp/gone:/tmp/fake/chromium' }
    expect(findChromium(lookup(files, { env: list }))).toBe('/tmp/fake/chromium')
    const none = { KASVUKARTTA_CHROMIUM_SEARCH: 'none' }
    expect(findChromium(lookup(files, { env: none }))).toBeNull()
  })
})

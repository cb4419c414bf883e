/**
 * Where the browser tests, the benchmark and Lighthouse look for Chromium, in order: the path
 * in KASVUKARTTA_CHROMIUM, Playwright's own download, then the places where each system's
 * packages put Chromium or Chrome. Pure: the caller passes the environment and the file system.
 */

/** A person's choice of browser: when set, it is the only one used. */
export const CHROMIUM_ENV = 'KASVUKARTTA_CHROMIUM'

/**
 * For the tests only: replaces Playwright's path and the system paths with this list (separated
 * like PATH), or with nothing when it is `none`, so a test can act out a machine without Chromium
 * on a machine that has one.
 */
export const SEARCH_ENV = 'KASVUKARTTA_CHROMIUM_SEARCH'

export type Env = Readonly<Record<string, string | undefined>>

export interface ChromiumLookup {
  env: Env
  platform: NodeJS.Platform
  exists: (path: string) => boolean
  /** Where Playwright keeps its own Chromium (whether or not it is downloaded), or null. */
  playwrightPath: string | null
}

/** Where Chromium or Chrome lands when installed by the system's packages or installer. */
export function systemChromiumPaths(platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'darwin')
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ]
  if (platform === 'win32') {
    const roots = [env['ProgramFiles'], env['ProgramFiles(x86)'], env['LOCALAPPDATA']]
    return roots.flatMap((root) =>
      root
        ? [
            `${root}\\Google\\Chrome\\Application\\chrome.exe`,
            `${root}\\Chromium\\Application\\chrome.exe`,
          ]
        : [],
    )
  }
  return [
    // Debian and Ubuntu, then the names other distributions and Google's package use.
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    // Fedora's binary, should its wrapper in /usr/bin be missing.
    '/usr/lib64/chromium-browser/chromium-browser',
  ]
}

/** The paths looked at after KASVUKARTTA_CHROMIUM, first match wins. */
export function chromiumCandidates({ env, platform, playwrightPath }: ChromiumLookup): string[] {
  const search = env[SEARCH_ENV]
  if (search === 'none') return []
  if (search) return search.split(platform === 'win32' ? ';' : ':').filter(Boolean)
  return [...(playwrightPath ? [playwrightPath] : []), ...systemChromiumPaths(platform, env)]
}

/**
 * The Chromium to use, or null. A KASVUKARTTA_CHROMIUM that names no file gives null rather than
 * another browser: whoever set it meant that one, and should hear that it is missing.
 */
export function findChromium(lookup: ChromiumLookup): string | null {
  const chosen = lookup.env[CHROMIUM_ENV]
  if (chosen) return lookup.exists(chosen) ? chosen : null
  return chromiumCandidates(lookup).find((path) => lookup.exists(path)) ?? null
}

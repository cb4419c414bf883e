/**
 * How the end-to-end tests, the benchmark, Lighthouse and the screenshots start Chromium: the
 * one found on this machine (find-chromium.ts), headless, with nothing in the background that
 * would add requests or CPU load to what is measured. Finding only: `npm test` installs one
 * first when there is none (scripts/ensure-chromium.ts).
 */
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { chromium } from '@playwright/test'
import { CHROMIUM_ENV, findChromium } from './find-chromium.ts'
import { missingChosenMessage, noChromiumMessage, type Machine } from './install-plan.ts'

/** The switches every launch here takes, whatever starts Chromium. */
export const CHROMIUM_BASE_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/**
 * Debian's Chromium 156 loads the omnibox's WebUI popup (chrome://omnibox-popup.top-chrome) in
 * a renderer of its own for every new window, and headless makes a window per browser
 * context: a busy renderer beside every test's page and every benchmark sample.
 */
const OUR_DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup']

/**
 * Playwright's own `--disable-features` (playwright-core's chromiumSwitches.ts). Chromium keeps
 * only the last `--disable-features` switch, so ours must repeat them; chromium.test.ts checks
 * this list against the installed Playwright.
 */
export const PLAYWRIGHT_DISABLED_FEATURES: readonly string[] = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
]

/** One `--disable-features` with the launcher's own features and ours. */
export function disableFeaturesArg(launcherDisabled: readonly string[]): string {
  return `--disable-features=${[...new Set([...launcherDisabled, ...OUR_DISABLED_FEATURES])].join(',')}`
}

/** How Playwright starts Chromium here (tests, benchmark, screenshots). */
export const CHROMIUM_ARGS: readonly string[] = [
  ...CHROMIUM_BASE_ARGS,
  disableFeaturesArg(PLAYWRIGHT_DISABLED_FEATURES),
]

function playwrightPath(): string | null {
  try {
    return chromium.executablePath()
  } catch {
    // Playwright knows no build for this system: the system paths remain.
    return null
  }
}

/** The Chromium on this machine, or null. */
export function lookupChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  return findChromium({
    env,
    platform: process.platform,
    exists: existsSync,
    playwrightPath: playwrightPath(),
  })
}

/** What this machine allows for installing a browser. */
export function thisMachine(env: NodeJS.ProcessEnv = process.env): Machine {
  const dirs = (env['PATH'] ?? '').split(delimiter).filter(Boolean)
  return {
    platform: process.platform,
    isRoot: process.getuid?.() === 0,
    hasAptGet: dirs.some((dir) => existsSync(join(dir, 'apt-get'))),
  }
}

/** The sentence that says how to get a browser, when lookupChromium found none. */
export function notFoundMessage(env: NodeJS.ProcessEnv = process.env): string {
  const chosen = env[CHROMIUM_ENV]
  return chosen ? missingChosenMessage(chosen) : noChromiumMessage(thisMachine(env))
}

/** The Chromium to start; without one, stops with the sentence that says how to get one. */
export function chromiumPath(): string {
  const path = lookupChromium()
  if (!path) throw new Error(notFoundMessage())
  return path
}

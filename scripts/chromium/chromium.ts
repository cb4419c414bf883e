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

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
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

/**
 * How `npm test` gets a Chromium when none is found, and what it says when it cannot. Pure: the
 * caller says what the machine is; scripts/ensure-chromium.ts runs the steps.
 */
import { CHROMIUM_ENV } from './find-chromium.ts'

export interface Machine {
  platform: NodeJS.Platform
  /** Root may install system packages without asking for a password. */
  isRoot: boolean
  hasAptGet: boolean
}

export interface InstallStep {
  /** The command as a person would type it, for the log. */
  label: string
  /** Run one after the other; the step fails at the first that fails. */
  commands: readonly (readonly string[])[]
  /** A download that stalls on a closed network is ended after this, and the next step tried. */
  timeoutMs: number
}

const PLAYWRIGHT_INSTALL: InstallStep = {
  label: 'npx playwright install chromium',
  commands: [['npx', 'playwright', 'install', 'chromium']],
  timeoutMs: 180_000,
}

const APT_INSTALL: InstallStep = {
  label: 'apt-get update && apt-get install -y chromium',
  commands: [
    ['apt-get', 'update', '-qq'],
    ['apt-get', 'install', '-y', '-qq', 'chromium'],
  ],
  timeoutMs: 600_000,
}

/**
 * Playwright's download first, as it works on every system with the internet; Debian's package
 * next where we may install it (root on a machine with apt-get), as on CI's fresh machines,
 * whose network reaches Debian's mirrors but not Playwright's downloads.
 */
export function installSteps({ platform, isRoot, hasAptGet }: Machine): InstallStep[] {
  return platform === 'linux' && isRoot && hasAptGet
    ? [PLAYWRIGHT_INSTALL, APT_INSTALL]
    : [PLAYWRIGHT_INSTALL]
}

/** One sentence naming the command that gets a browser, for when none was found or installed. */
export function noChromiumMessage({ platform, hasAptGet }: Machine): string {
  const apt =
    platform === 'linux' && hasAptGet ? ' (or, on Debian, `sudo apt-get install -y chromium`)' : ''
  return (
    `No Chromium found for the browser tests and none could be installed: run ` +
    `\`npx playwright install chromium\`${apt}, or set ${CHROMIUM_ENV} to the path of a ` +
    `Chromium or Chrome, then \`npm test\` again.`
  )
}

/** One sentence for a KASVUKARTTA_CHROMIUM that names no file. */
export function missingChosenMessage(path: string): string {
  return (
    `${CHROMIUM_ENV} is set to ${path}, which does not exist: set it to the path of a ` +
    `Chromium or Chrome, or unset it to let \`npm test\` find one.`
  )
}

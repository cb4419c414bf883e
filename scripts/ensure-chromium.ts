/**
 * npm run ensure-chromium, the first step of `npm test` and of CI: finds the Chromium that the
 * browser tests will use; if there is none, installs one (chromium/install-plan.ts); if that
 * fails, stops with one sentence naming the command to run, before any test has started.
 * When a browser is there, this is a few file checks and nothing more.
 */
import { CHROMIUM_ENV } from './chromium/find-chromium.ts'
import { installSteps } from './chromium/install-plan.ts'
import { lookupChromium, notFoundMessage, thisMachine } from './chromium/chromium.ts'
import { runStep } from './chromium/run-step.ts'

function report(path: string): number {
  console.log(`Chromium for the browser tests: ${path}`)
  return 0
}

export async function main(): Promise<number> {
  const found = lookupChromium()
  if (found) return report(found)
  // A browser chosen by name and missing is a mistake to tell, not a reason to install another.
  if (!process.env[CHROMIUM_ENV]) {
    for (const step of installSteps(thisMachine())) {
      console.log(`No Chromium found: installing one with \`${step.label}\``)
      if (!(await runStep(step))) continue
      const installed = lookupChromium()
      if (installed) return report(installed)
    }
  }
  console.error(notFoundMessage())
  return 1
}

import { describe, expect, it } from 'vitest'
import { installSteps, missingChosenMessage, noChromiumMessage } from './install-plan.ts'

const labels = (...args: Parameters<typeof installSteps>) =>
  installSteps(...args).map((s) => s.label)

describe('installSteps', () => {
  it("tries Playwright's download, then Debian's package as root with apt-get", () => {
    expect(labels({ platform: 'linux', isRoot: true, hasAptGet: true })).toEqual([
      'npx playwright install chromium',
      'apt-get update && apt-get install -y chromium',
    ])
  })

  it("tries only Playwright's download where system packages need a password or do not exist", () => {
    const only = ['npx playwright install chromium']
    expect(labels({ platform: 'linux', isRoot: false, hasAptGet: true })).toEqual(only)
    expect(labels({ platform: 'linux', isRoot: true, hasAptGet: false })).toEqual(only)
    expect(labels({ platform: 'darwin', isRoot: false, hasAptGet: false })).toEqual(only)
    expect(labels({ platform: 'win32', isRoot: false, hasAptGet: false })).toEqual(only)
  })

  it('gives a download a time limit, so a closed network cannot hold the tests up for ever', () => {
    for (const step of installSteps({ platform: 'linux', isRoot: true, hasAptGet: true }))
      expect(step.timeoutMs).toBeGreaterThan(0)
  })
})

describe('the messages', () => {
  it('name the command to run, in one sentence', () => {
    const debian = noChromiumMessage({ platform: 'linux', isRoot: false, hasAptGet: true })
    const mac = noChromiumMessage({ platform: 'darwin', isRoot: false, hasAptGet: false })
    for (const text of [debian, mac, missingChosenMessage('/opt/gone')]) {
      expect(text.split(/[.!?] /)).toHaveLength(1)
      expect(text).toMatch(/\.$/)
      expect(text).toContain('KASVUKARTTA_CHROMIUM')
    }
    expect(debian).toContain('`npx playwright install chromium`')
    expect(debian).toContain('`sudo apt-get install -y chromium`')
    expect(mac).toContain('`npx playwright install chromium`')
    expect(mac).not.toContain('apt-get')
    expect(missingChosenMessage('/opt/gone')).toContain('/opt/gone')
  })
})

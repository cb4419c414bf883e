import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { noChromiumMessage } from './chromium/install-plan.ts'

/**
 * The real `npm run ensure-chromium`, run as a child process on a machine made to look as if it
 * had no Chromium: KASVUKARTTA_CHROMIUM_SEARCH hides the real ones, and PATH holds only fake
 * installers that log their arguments and, when told to, "install" a browser where the
 * search looks.
 */
interface Fakes {
  /** What the fake npx does: fail as on a closed network, or install the browser. */
  npx?: 'fails' | 'installs'
  /** Whether there is a fake apt-get, which installs the browser. */
  aptGet?: boolean
  env?: Record<string, string>
}

interface Outcome {
  code: number | null
  stdout: string
  stderr: string
  /** Every call of a fake installer, one line each: "npx playwright install chromium". */
  calls: string[]
  browser: string
}

function fake(dir: string, name: string, body: string): void {
  const file = join(dir, name)
  writeFileSync(file, `#!/bin/sh\necho "${name} $*" >> "${join(dir, 'calls')}"\n${body}\n`)
  chmodSync(file, 0o755)
}

async function ensure({ npx = 'fails', aptGet = false, env = {} }: Fakes): Promise<Outcome> {
  const dir = mkdtempSync(join(tmpdir(), 'kk-ensure-'))
  const browser = join(dir, 'installed', 'chromium')
  // PATH holds the fakes alone (no real apt-get may run), so they use only the shell's builtins.
  mkdirSync(join(dir, 'installed'))
  const install = `: > "${browser}"`
  fake(dir, 'npx', npx === 'installs' ? install : 'echo "getaddrinfo ENOTFOUND" >&2; exit 1')
  if (aptGet) fake(dir, 'apt-get', `case "$1" in install) ${install};; esac`)
  const { KASVUKARTTA_CHROMIUM: _, ...inherited } = process.env
  const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'scripts/ensure-chromium.ts'], {
    env: { ...inherited, PATH: dir, KASVUKARTTA_CHROMIUM_SEARCH: browser, ...env },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  const log = join(dir, 'calls')
  const calls = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []
  return { code, stdout, stderr, calls, browser }
}

const isRootOnLinux = process.platform === 'linux' && process.getuid?.() === 0

describe('npm run ensure-chromium', () => {
  it('reports the browser it finds and installs nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-ensure-'))
    const there = join(dir, 'chrome')
    writeFileSync(there, '')
    const run = await ensure({ aptGet: true, env: { KASVUKARTTA_CHROMIUM_SEARCH: there } })
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Chromium for the browser tests: ${there}`)
    expect(run.calls).toEqual([])
  })

  it('with none found and no way to install, says which command to run, in one sentence, and fails', async () => {
    const run = await ensure({ npx: 'fails' })
    expect(run.code).toBe(1)
    expect(run.calls).toEqual(['npx playwright install chromium'])
    const message = noChromiumMessage({
      platform: process.platform,
      isRoot: false,
      hasAptGet: false,
    })
    // The installer's own complaint, then the sentence, last.
    expect(run.stderr.trim().split('\n').at(-1)).toBe(message)
  })

  it("installs with Playwright's download, then finds the browser it installed", async () => {
    const run = await ensure({ npx: 'installs', aptGet: true })
    expect(run.calls).toEqual(['npx playwright install chromium'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Chromium for the browser tests: ${run.browser}`)
  })

  it("falls back to Debian's package as root when the download fails, as on CI", async () => {
    const run = await ensure({ npx: 'fails', aptGet: true })
    if (isRootOnLinux) {
      expect(run.calls).toEqual([
        'npx playwright install chromium',
        'apt-get update -qq',
        'apt-get install -y -qq chromium',
      ])
      expect(run.code).toBe(0)
      expect(run.stdout).toContain(`Chromium for the browser tests: ${run.browser}`)
    } else {
      // Without root, apt-get would ask for a password: the sentence names it instead.
      expect(run.calls).toEqual(['npx playwright install chromium'])
      expect(run.code).toBe(1)
      expect(run.stderr).toContain('sudo apt-get install -y chromium')
    }
  })

  it('fails on a KASVUKARTTA_CHROMIUM that names no file, without installing another', async () => {
    const run = await ensure({ npx: 'installs', env: { KASVUKARTTA_CHROMIUM: '/opt/gone/chrome' } })
    expect(run.code).toBe(1)
    expect(run.calls).toEqual([])
    expect(run.stderr).toContain('KASVUKARTTA_CHROMIUM is set to /opt/gone/chrome')
  })

  it('comes first in `npm test`, so that without a browser no test starts', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      scripts: Record<string, string>
    }
    expect(pkg.scripts['test']).toMatch(/^npm run ensure-chromium && /)
    expect(pkg.scripts['ensure-chromium']).toBe(
      'node scripts/run-ts.mjs scripts/ensure-chromium.ts',
    )
  })
})

import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runStep } from './run-step.ts'

afterEach(() => vi.restoreAllMocks())

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

describe('runStep', () => {
  it('runs the commands in turn and stops at the first that fails', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-step-'))
    const log = join(dir, 'log')
    const step = (commands: string[][]) => ({ label: 'x', commands, timeoutMs: 10_000 })
    expect(await runStep(step([['sh', '-c', `echo one >> ${log}`]]))).toBe(true)
    expect(
      await runStep(
        step([
          ['sh', '-c', 'exit 3'],
          ['sh', '-c', `echo two >> ${log}`],
        ]),
      ),
    ).toBe(false)
    expect(readFileSync(log, 'utf8')).toBe('one\n')
  })

  it('fails a command that does not exist', async () => {
    const step = { label: 'x', commands: [['kk-no-such-installer']], timeoutMs: 10_000 }
    expect(await runStep(step)).toBe(false)
  })

  it('ends a stalled install after its time, with the process it started', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const dir = mkdtempSync(join(tmpdir(), 'kk-step-'))
    const pidFile = join(dir, 'pid')
    // A shell that starts a long download-like child, as npx starts Playwright's downloader.
    const stalled = ['sh', '-c', `sleep 120 & echo $! > ${pidFile}; wait`]
    const started = Date.now()
    expect(await runStep({ label: 'x', commands: [stalled], timeoutMs: 1_000 })).toBe(false)
    expect(Date.now() - started).toBeLessThan(10_000)
    const child = Number(readFileSync(pidFile, 'utf8'))
    await vi.waitFor(() => expect(alive(child)).toBe(false), { timeout: 5_000 })
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('stopped it'))
  })
})

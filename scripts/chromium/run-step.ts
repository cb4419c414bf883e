/**
 * Runs one install step's commands in turn, in the terminal, ending them once its time is up: a
 * browser download on a closed network can wait on a connection for many minutes.
 */
import { spawn } from 'node:child_process'
import type { InstallStep } from './install-plan.ts'

const WINDOWS = process.platform === 'win32'

function runCommand(command: readonly string[], timeoutMs: number): Promise<boolean> {
  const [file = '', ...args] = command
  return new Promise((resolve) => {
    const child = spawn(file, args, {
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      // Its own process group, so that ending it ends the downloader it started too.
      detached: !WINDOWS,
      // npx is npx.cmd on Windows, which only a shell runs.
      shell: WINDOWS,
    })
    const stop = () => {
      try {
        if (WINDOWS || child.pid === undefined) child.kill()
        else process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    const timer = setTimeout(() => {
      console.error(`${command.join(' ')} did not finish in ${timeoutMs / 1000} s: stopped it.`)
      stop()
    }, timeoutMs)
    // Ctrl-C reaches only this process's group: take the installer down with it.
    const interrupted = () => {
      stop()
      process.exit(130)
    }
    process.once('SIGINT', interrupted)
    const done = (ok: boolean) => {
      clearTimeout(timer)
      process.off('SIGINT', interrupted)
      resolve(ok)
    }
    child.on('error', () => done(false))
    child.on('exit', (code) => done(code === 0))
  })
}

/** True when every command of the step ran and succeeded in time. */
export async function runStep(step: InstallStep): Promise<boolean> {
  for (const command of step.commands)
    if (!(await runCommand(command, step.timeoutMs))) return false
  return true
}

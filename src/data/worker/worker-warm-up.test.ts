import { afterEach, describe, expect, it, vi } from 'vitest'
import { validateExportValue } from '../../domain/validate/validate-export.ts'
import { warmUpSample } from './warm-up-sample.ts'
import { WARM_UP_ROUNDS, warmUpValidator } from './worker-warm-up.ts'

describe('warmUpValidator', () => {
  afterEach(() => vi.useRealTimers())

  it('runs a few rounds, each in its own task, then stops', async () => {
    vi.useFakeTimers()
    let asked = 0
    warmUpValidator(() => {
      asked++
      return false
    })
    // Nothing in the caller's task: the worker's message handler is set up first.
    expect(asked).toBe(0)
    await vi.advanceTimersToNextTimerAsync()
    expect(asked).toBe(1)
    await vi.runAllTimersAsync()
    // Every round, then one last look that ends it.
    expect(asked).toBe(WARM_UP_ROUNDS + 1)
  })

  it('stops at the next round once a request has come', async () => {
    vi.useFakeTimers()
    let requested = false
    let asked = 0
    warmUpValidator(() => {
      asked++
      return requested
    })
    await vi.advanceTimersToNextTimerAsync()
    requested = true
    await vi.runAllTimersAsync()
    expect(asked).toBe(2)
  })
})

describe('warmUpSample', () => {
  it('loads every record, so the warm-up runs the path a good export takes', () => {
    const report = validateExportValue(warmUpSample(60), { language: 'fi' })
    expect(report.outcome).toBe('loaded')
    expect('data' in report && report.data.opportunities.length).toBe(60)
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([])
  })
})

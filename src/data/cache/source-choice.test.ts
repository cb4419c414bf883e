import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { clearSourceChoice, loadSourceChoice, saveSourceChoice } from './source-choice.ts'

afterEach(() => clearSourceChoice())

describe('the remembered source choice', () => {
  it('is none at first', async () => {
    expect(await loadSourceChoice()).toBeNull()
  })

  it('remembers a local file until another source is chosen', async () => {
    const file = { kind: 'file', name: 'x.json', size: 10, lastModified: 5 } as const
    await saveSourceChoice(file)
    expect(await loadSourceChoice()).toEqual(file)
    await saveSourceChoice({ kind: 'default' })
    expect(await loadSourceChoice()).toEqual({ kind: 'default' })
    await saveSourceChoice({ kind: 'url', url: 'https://kasvukartta.example.org/data/b.json' })
    expect(await loadSourceChoice()).toEqual({
      kind: 'url',
      url: 'https://kasvukartta.example.org/data/b.json',
    })
  })

  it('forgets on clear', async () => {
    await saveSourceChoice({ kind: 'default' })
    await clearSourceChoice()
    expect(await loadSourceChoice()).toBeNull()
  })
})

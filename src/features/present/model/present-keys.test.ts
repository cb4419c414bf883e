import { describe, expect, it } from 'vitest'
import { presentAction } from './present-keys.ts'

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
})

describe('the presentation keys', () => {
  it('move with the keys presentation clickers send', () => {
    for (const k of ['ArrowRight', 'PageDown', ' '])
      expect(presentAction(key(k), false)).toEqual({ type: 'next' })
    for (const k of ['ArrowLeft', 'PageUp'])
      expect(presentAction(key(k), false)).toEqual({ type: 'previous' })
    expect(presentAction(key('Home'), false)).toEqual({ type: 'first' })
    expect(presentAction(key('End'), false)).toEqual({ type: 'last' })
  })

  it('read letters whatever their case', () => {
    expect(presentAction(key('G'), false)).toEqual({ type: 'goto' })
    expect(presentAction(key('f'), false)).toEqual({ type: 'fullscreen' })
    expect(presentAction(key('Q'), false)).toEqual({ type: 'qr' })
    expect(presentAction(key('t'), false)).toEqual({ type: 'theme' })
    expect(presentAction(key('Escape'), false)).toEqual({ type: 'escape' })
  })

  it('record a decision by 1–6 in the vocabulary order, only on an opportunity slide', () => {
    expect(presentAction(key('1'), true)).toEqual({ type: 'decide', decision: 'prioritise' })
    expect(presentAction(key('6'), true)).toEqual({ type: 'decide', decision: 'noDecision' })
    expect(presentAction(key('7'), true)).toBeNull()
    expect(presentAction(key('1'), false)).toBeNull()
    expect(presentAction(key('N'), true)).toEqual({ type: 'note' })
    expect(presentAction(key('n'), false)).toBeNull()
  })

  it('leave keys with Ctrl, Cmd or Alt to the browser', () => {
    expect(presentAction(key('f', { ctrlKey: true }), false)).toBeNull()
    expect(presentAction(key('ArrowRight', { altKey: true }), false)).toBeNull()
    expect(presentAction(key('1', { metaKey: true }), true)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { isThemeShown, toggleTheme } from './theme-toggle.ts'

const all = ['energy', 'food', 'tourism']

describe('toggleTheme', () => {
  it('hides one theme of all by selecting the others', () => {
    expect(toggleTheme([], all, 'food')).toEqual(['energy', 'tourism'])
  })

  it('shows a hidden theme again, and returns to "all" when every theme is shown', () => {
    expect(toggleTheme(['energy'], all, 'tourism')).toEqual(['energy', 'tourism'])
    expect(toggleTheme(['energy', 'tourism'], all, 'food')).toEqual([])
  })

  it('shows every theme rather than none when the last shown one is hidden', () => {
    expect(toggleTheme(['energy'], all, 'energy')).toEqual([])
  })
})

describe('isThemeShown', () => {
  it('treats an empty selection as all themes', () => {
    expect(isThemeShown([], 'food')).toBe(true)
    expect(isThemeShown(['energy'], 'food')).toBe(false)
  })
})

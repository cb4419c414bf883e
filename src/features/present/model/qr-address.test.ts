import { describe, expect, it } from 'vitest'
import { qrAddress } from './qr-address.ts'

describe('the QR address', () => {
  it('is the app’s own absolute address with the view’s query, without the slides’ own', () => {
    expect(
      qrAddress(
        'https://example.org/kasvukartta/',
        '/opportunities/kk-001',
        '?w=imp-rdi:2&agenda=kk-001,kk-002&top=5&slide=4&lang=sv',
      ),
    ).toBe('https://example.org/kasvukartta/opportunities/kk-001?w=imp-rdi:2&lang=sv')
  })

  it('has no query when the view has none', () => {
    expect(qrAddress('http://127.0.0.1:4173', '/matrix', '?slide=1')).toBe(
      'http://127.0.0.1:4173/matrix',
    )
  })
})

import { describe, expect, it } from 'vitest'
import { findMarkup, isSafeLinkUrl, linkScheme } from './text-safety.ts'

describe('findMarkup', () => {
  it('finds tags, comments and doctypes', () => {
    expect(findMarkup('Hello <b>world</b>')).toBe('<b>')
    expect(findMarkup('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>')
    expect(findMarkup('line<br/>break')).toBe('<br/>')
    expect(findMarkup('text <!-- hidden -->')).toBe('<!--')
    expect(findMarkup('</script>')).toBe('</script>')
  })

  it('leaves ordinary text with angle brackets alone', () => {
    expect(findMarkup('Output < 5 MW and > 2 MW')).toBeNull()
    expect(findMarkup('<5 MW')).toBeNull()
    expect(findMarkup('Poro -> tunturi')).toBeNull()
    expect(findMarkup('Rivinvaihdot\nsäilyvät')).toBeNull()
  })
})

describe('isSafeLinkUrl', () => {
  it('accepts https, http and mailto', () => {
    expect(isSafeLinkUrl('https://www.example.org/')).toBe(true)
    expect(isSafeLinkUrl('http://example.org/a?b=c')).toBe(true)
    expect(isSafeLinkUrl('mailto:kirjaamo@example.org')).toBe(true)
    expect(isSafeLinkUrl('HTTPS://EXAMPLE.ORG')).toBe(true)
  })

  it('refuses every other scheme and every disguise', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
      '//example.org',
      'www.example.org',
      'https://exa mple.org',
      'https://',
      '',
    ]) {
      expect(isSafeLinkUrl(bad), bad).toBe(false)
    }
  })

  it('names the scheme of a refused link', () => {
    expect(linkScheme('javascript:alert(1)')).toBe('javascript:')
    expect(linkScheme('DATA:text/html,x')).toBe('data:')
  })
})

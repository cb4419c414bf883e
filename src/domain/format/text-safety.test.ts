import { describe, expect, it } from 'vitest'
import { findHtmlTag, isSafeLinkUrl, linkScheme } from './text-safety.ts'

describe('findHtmlTag', () => {
  it('finds tags of HTML elements as a web page writes them, comments and doctypes', () => {
    expect(findHtmlTag('Hello <b>world</b>')).toBe('<b>')
    expect(findHtmlTag('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>')
    expect(findHtmlTag('line<br/>break')).toBe('<br/>')
    expect(findHtmlTag('text <!-- hidden -->')).toBe('<!-- hidden -->')
    expect(findHtmlTag('</script>')).toBe('</script>')
    expect(findHtmlTag('<p>Kuvaus</p>')).toBe('<p>')
    expect(findHtmlTag('<a href="https://example.org">x</a>')).toBe(
      '<a href="https://example.org">',
    )
  })

  it('finds tags that an attacker would try, closed or not', () => {
    expect(findHtmlTag('<svg/onload=alert(1)>')).toBe('<svg/onload=alert(1)>')
    expect(findHtmlTag('<img src=x onerror=alert(1)')).toBe('<img src=x onerror=alert(1)')
    expect(findHtmlTag('<SCRIPT>alert(1)</SCRIPT>')).toBe('<SCRIPT>')
    expect(findHtmlTag('<!DOCTYPE html>')).toBe('<!DOCTYPE html>')
  })

  it('leaves ordinary text with angle brackets alone', () => {
    expect(findHtmlTag('Output < 5 MW and > 2 MW')).toBeNull()
    expect(findHtmlTag('CO2 < 50 g/kWh')).toBeNull()
    expect(findHtmlTag('<5 MW')).toBeNull()
    expect(findHtmlTag('Poro -> tunturi')).toBeNull()
    expect(findHtmlTag('Rivinvaihdot\nsäilyvät')).toBeNull()
    expect(findHtmlTag('a<b ja x>y')).toBeNull()
    expect(findHtmlTag('Kaava: <tuotenimi> korvataan')).toBeNull()
    expect(findHtmlTag('Raportti <2026> ja <Q3>')).toBeNull()
    expect(findHtmlTag('<paikkakunta>, <bold claim>')).toBeNull()
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

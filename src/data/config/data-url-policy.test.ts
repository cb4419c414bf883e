import { describe, expect, it } from 'vitest'
import { resolveDataUrl } from './data-url-policy.ts'

const APP = new URL('https://kasvukartta.example.org/kasvukartta/')
const config = {
  dataUrl: 'https://kasvukartta.example.org/kasvukartta/data/growth-opportunities.json',
  allowedDataOrigins: ['https://data.example.org'],
}
const resolve = (param: string | null) => resolveDataUrl(param, config, APP)

describe('resolveDataUrl', () => {
  it('uses the configured address when there is no ?data=, or an empty one', () => {
    for (const param of [null, '', '   ']) {
      expect(resolve(param)).toMatchObject({ kind: 'default', url: config.dataUrl })
    }
  })

  it('resolves a relative address against the app’s base, not the page', () => {
    expect(resolve('data/other.json')).toMatchObject({
      kind: 'allowed',
      url: 'https://kasvukartta.example.org/kasvukartta/data/other.json',
    })
    expect(resolve('/exports/2026.json')).toMatchObject({
      kind: 'allowed',
      url: 'https://kasvukartta.example.org/exports/2026.json',
    })
    expect(resolve('../x.json').url).toBe('https://kasvukartta.example.org/x.json')
  })

  it('allows the app’s own origin, absolute and with an uppercase scheme and host', () => {
    expect(resolve('HTTPS://KASVUKARTTA.EXAMPLE.ORG/kasvukartta/a.json')).toMatchObject({
      kind: 'allowed',
      url: 'https://kasvukartta.example.org/kasvukartta/a.json',
    })
    expect(resolve('https://kasvukartta.example.org:443/a.json').kind).toBe('allowed')
  })

  it('allows an origin listed in config, and only that origin', () => {
    expect(resolve('https://data.example.org/exports/x.json')).toMatchObject({
      kind: 'allowed',
      url: 'https://data.example.org/exports/x.json',
    })
    expect(resolve('https://evil.data.example.org/x.json').kind).toBe('refused')
    expect(resolve('https://data.example.org.evil.example/x.json').kind).toBe('refused')
  })

  it('names the origins an answer may come from, for redirects: the app’s and the listed', () => {
    const expected = ['https://kasvukartta.example.org', 'https://data.example.org']
    expect(resolve(null)).toMatchObject({ allowedOrigins: expected })
    expect(resolve('data/x.json')).toMatchObject({ allowedOrigins: expected })
  })

  it('drops a fragment, which no server sees anyway', () => {
    expect(resolve('data/x.json#top').url).toBe(
      'https://kasvukartta.example.org/kasvukartta/data/x.json',
    )
  })

  const refused = (param: string, reason: 'origin' | 'scheme' | 'malformed') =>
    expect(resolve(param)).toEqual({ kind: 'refused', url: param, reason })

  it('refuses another origin, however the address is written', () => {
    refused('https://evil.example/x.json', 'origin')
    // Protocol-relative, and its backslash spelling: both name another host.
    refused('//evil.example/x.json', 'origin')
    refused('\\\\evil.example\\x.json', 'origin')
    refused('/\\evil.example/x.json', 'origin')
    // Our host as a user name in front of someone else's.
    refused('https://kasvukartta.example.org@evil.example/x.json', 'origin')
    refused('  https://evil.example/x.json', 'origin')
  })

  it('treats another port or scheme on the same host as another origin', () => {
    refused('https://kasvukartta.example.org:8443/x.json', 'origin')
    refused('http://kasvukartta.example.org/x.json', 'origin')
    refused('http://data.example.org/x.json', 'origin')
  })

  it('refuses an address with credentials, even on our own host', () => {
    refused('https://evil.example@kasvukartta.example.org/x.json', 'malformed')
    refused('https://user:pass@kasvukartta.example.org/x.json', 'malformed')
  })

  it('refuses every scheme but http and https', () => {
    refused('javascript:alert(1)', 'scheme')
    refused('JavaScript:alert(1)', 'scheme')
    refused('java\tscript:alert(1)', 'scheme')
    refused('data:application/json,{"schemaVersion":"1.0"}', 'scheme')
    // A blob: URL reports the origin of the page that made it, which may be ours.
    refused('blob:https://kasvukartta.example.org/6c3e2a7e-0000-4000-8000-000000000000', 'scheme')
    refused('file:///etc/passwd', 'scheme')
    refused('ftp://kasvukartta.example.org/x.json', 'scheme')
  })

  it('refuses what is not an address at all', () => {
    refused('https://', 'malformed')
    refused('http://[::1', 'malformed')
    refused('https://exa mple.fi/x.json', 'malformed')
  })

  it('allows http on an http app (a local preview)', () => {
    const local = new URL('http://127.0.0.1:4173/')
    expect(resolveDataUrl('data/x.json', config, local)).toMatchObject({
      kind: 'allowed',
      url: 'http://127.0.0.1:4173/data/x.json',
    })
    expect(resolveDataUrl('http://127.0.0.1:5173/data/x.json', config, local).kind).toBe('refused')
  })
})

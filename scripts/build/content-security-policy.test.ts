import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, inlineScripts } from './content-security-policy.ts'

describe('the Content-Security-Policy of a build', () => {
  it('allows the inline script by its hash, and data only from the listed origins', () => {
    const script = '\n  window.x = 1\n'
    const hash = createHash('sha256').update(script).digest('base64')
    const policy = contentSecurityPolicy([script], ['https://data.example.org'])
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`)
    expect(policy).toContain("connect-src 'self' https://data.example.org")
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toContain('unsafe-inline')
    expect(policy).not.toContain('unsafe-eval')
  })

  it('finds inline scripts as written, not those with a src', () => {
    const html =
      '<head><script>a()</script><script type="module" src="/x.js"></script><script>\nb()\n</script></head>'
    expect(inlineScripts(html)).toEqual(['a()', '\nb()\n'])
  })
})

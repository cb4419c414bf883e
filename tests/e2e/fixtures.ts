import { expect, test as base, type Page } from '@playwright/test'

/**
 * Playwright's test with one addition for every page a test opens: a Content-Security-Policy
 * violation (the browser reports each on the console) fails the test, so the built app's
 * policy (scripts/build/content-security-policy.ts) and the app cannot drift apart. A test
 * that provokes one on purpose names it with `allowCspViolations`.
 */
export const test = base.extend<{
  cspViolations: string[]
  allowCspViolations: (pattern: RegExp) => void
}>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  allowCspViolations: async ({}, use, testInfo) => {
    const info = testInfo as { allowedCsp?: RegExp[] }
    await use((pattern) => (info.allowedCsp ??= []).push(pattern))
  },
  cspViolations: [
    async ({ context }, use, testInfo) => {
      const violations: string[] = []
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
        })
        // A violation inside a try (zod's probe for eval) reaches no console, only DevTools'
        // issues, which is where Lighthouse reads it.
        void context.newCDPSession(page).then(
          async (cdp) => {
            cdp.on('Audits.issueAdded', ({ issue }) => {
              if (issue.code === 'ContentSecurityPolicyIssue')
                violations.push(`Content Security Policy issue: ${JSON.stringify(issue.details)}`)
            })
            await cdp.send('Audits.enable').catch(() => undefined)
          },
          () => undefined,
        )
      }
      context.pages().forEach(watch)
      context.on('page', watch)
      await use(violations)
      const allowed = (testInfo as { allowedCsp?: RegExp[] }).allowedCsp ?? []
      const unexpected = violations.filter((v) => !allowed.some((p) => p.test(v)))
      expect(unexpected, 'Content-Security-Policy violations').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

/**
 * The built app's Content-Security-Policy, as a <meta> in index.html: scripts only from the
 * app's own origin and the one inline script (index.html's early config request), by its hash;
 * data only from the app's origin and the data origins config.json allows; nothing else.
 * A development server runs MSW and Vite's client, so the policy is for builds only.
 *
 * The data origins are read from public/config.json at build time. A deployment that later
 * lists another origin in its config.json must add it to connect-src too (README, "Build and
 * deploy"), or its data requests are refused by the browser as well as by the app.
 */
export function contentSecurityPolicy(
  inlineScripts: readonly string[],
  dataOrigins: readonly string[],
): string {
  const hashes = inlineScripts.map(
    (s) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`,
  )
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...hashes],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'blob:', 'data:'],
    ['connect-src', "'self'", ...dataOrigins],
    ['worker-src', "'self'"],
    ['manifest-src', "'self'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['object-src', "'none'"],
  ]
  return directives.map((d) => d.join(' ')).join('; ')
}

/** The inline scripts' texts in an HTML document, exactly as the browser hashes them. */
export function inlineScripts(html: string): string[] {
  const out: string[] = []
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi))
    out.push(m[1] ?? '')
  return out
}

/** The origins config.json allows data from (its `allowedDataOrigins`), as origins. */
export function configuredDataOrigins(configPath: string): string[] {
  const config = JSON.parse(readFileSync(configPath, 'utf8')) as { allowedDataOrigins?: unknown }
  const listed = Array.isArray(config.allowedDataOrigins) ? config.allowedDataOrigins : []
  return listed.filter((o): o is string => typeof o === 'string').map((o) => new URL(o).origin)
}

/** Adds the policy to the built index.html, hashing the inline script after %BASE_URL%. */
export function contentSecurityPolicyPlugin(configPath: string): Plugin {
  return {
    name: 'kasvukartta-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const policy = contentSecurityPolicy(inlineScripts(html), configuredDataOrigins(configPath))
        const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("'", '&#39;')}" />`
        // Right after the charset, before any script: a policy governs only what follows it.
        const charset = /<meta charset="[^"]*" \/>/i
        if (!charset.test(html)) throw new Error('index.html has no <meta charset> to follow')
        return html.replace(charset, (m) => `${m}\n    ${meta}`)
      },
    },
  }
}

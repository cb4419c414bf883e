import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The README's picture (app → features → {data, url-state, i18n, ui} → domain) is only true
 * while the lint refuses imports against it. These cases would each break it.
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function rulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('layer boundaries', () => {
  it('keeps domain free of other layers and of React', async () => {
    expect(
      await rulesBroken(
        'src/domain/example.ts',
        "import { en } from '../i18n/messages-en.ts'\nexport const x = en\n",
      ),
    ).toContain('import-x/no-restricted-paths')
    expect(
      await rulesBroken(
        'src/domain/example.ts',
        "import { useState } from 'react'\nexport const x = useState\n",
      ),
    ).toContain('no-restricted-imports')
  })

  it('keeps shared layers from importing features or app', async () => {
    expect(
      await rulesBroken(
        'src/i18n/example.ts',
        "import { x } from '../features/data-source/data-source-page.tsx'\nexport const y = x\n",
      ),
    ).toContain('import-x/no-restricted-paths')
    expect(
      await rulesBroken(
        'src/data/example.ts',
        "import { App } from '../app/app.tsx'\nexport const y = App\n",
      ),
    ).toContain('import-x/no-restricted-paths')
  })

  it('keeps MSW and mocks out of the app code', async () => {
    expect(
      await rulesBroken(
        'src/features/example.ts',
        "import { http } from 'msw'\nexport const y = http\n",
      ),
    ).toContain('no-restricted-imports')
  })

  it('allows imports that point down', async () => {
    expect(
      await rulesBroken(
        'src/i18n/example.ts',
        "import { PROBLEM_CODES } from '../domain/problems.ts'\nexport const y = PROBLEM_CODES\n",
      ),
    ).toEqual([])
  })
})

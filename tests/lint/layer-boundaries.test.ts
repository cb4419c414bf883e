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

  it('keeps features from importing each other, and shared from importing any', async () => {
    expect(
      await rulesBroken(
        'src/features/matrix/example.tsx',
        "import { TablePage } from '../table/table-page.tsx'\nexport const y = TablePage\n",
      ),
    ).toContain('import-x/no-restricted-paths')
    expect(
      await rulesBroken(
        'src/features/shared/filters/example.ts',
        "import { MatrixPage } from '../../matrix/matrix-page.tsx'\nexport const y = MatrixPage\n",
      ),
    ).toContain('import-x/no-restricted-paths')
    expect(
      await rulesBroken(
        'src/features/matrix/example.tsx',
        "import { FilterBar } from '../shared/filters/filter-bar.tsx'\nexport const y = FilterBar\n",
      ),
    ).toEqual([])
  })

  it('keeps view models free of React, components and the DOM', async () => {
    expect(
      await rulesBroken(
        'src/features/roadmap/model/example.ts',
        "import { useMemo } from 'react'\nexport const y = useMemo\n",
      ),
    ).toContain('no-restricted-imports')
    expect(
      await rulesBroken(
        'src/features/roadmap/model/example.ts',
        "import { BarMark } from '../timeline-marks.tsx'\nexport const y = BarMark\n",
      ),
    ).toContain('no-restricted-imports')
    expect(
      await rulesBroken(
        'src/features/roadmap/model/example.ts',
        'export const width = () => document.body.clientWidth\n',
      ),
    ).toContain('no-restricted-globals')
    expect(
      await rulesBroken(
        'src/features/roadmap/model/example.ts',
        "import { scaleLinear } from 'd3-scale'\nexport const y = scaleLinear\n",
      ),
    ).toEqual([])
  })

  it('keeps test fixtures out of shipped code, not out of tests', async () => {
    const code =
      "import { variedExport } from '../../../tests/fixtures/varied-records.ts'\nexport const y = variedExport\n"
    expect(await rulesBroken('src/data/worker/example.ts', code)).toContain('no-restricted-imports')
    expect(await rulesBroken('src/domain/validate/example.ts', code)).toContain(
      'no-restricted-imports',
    )
    expect(await rulesBroken('src/domain/validate/example.test.ts', code)).toEqual([])
  })

  it('keeps the export format the base of the domain', async () => {
    expect(
      await rulesBroken(
        'src/domain/format/example.ts',
        "import { scoreOpportunities } from '../scoring/scoring.ts'\nexport const y = scoreOpportunities\n",
      ),
    ).toContain('import-x/no-restricted-paths')
  })

  it('keeps functions short and components to three effects', async () => {
    const effects = Array.from({ length: 4 }, () => '  useEffect(() => {}, [])').join('\n')
    const fourEffects = `import { useEffect } from 'react'\nexport function Busy() {\n${effects}\n  return null\n}\n`
    expect(await rulesBroken('src/features/matrix/busy.tsx', fourEffects)).toContain(
      'kasvukartta/max-effects',
    )
    const threeEffects = fourEffects.replace('  useEffect(() => {}, [])\n', '')
    expect(await rulesBroken('src/features/matrix/busy.tsx', threeEffects)).toEqual([])
    const lines = Array.from({ length: 160 }, (_, i) => `  const v${i} = ${i}`).join('\n')
    const long = `export function long(): number {\n${lines}\n  return v0 + v159\n}\n`
    expect(await rulesBroken('src/domain/text/long.ts', long)).toContain('max-lines-per-function')
  })

  it('allows imports that point down', async () => {
    expect(
      await rulesBroken(
        'src/i18n/example.ts',
        "import { PROBLEM_CODES } from '../domain/format/problems.ts'\nexport const y = PROBLEM_CODES\n",
      ),
    ).toEqual([])
  })
})

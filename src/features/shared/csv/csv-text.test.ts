import { describe, expect, it } from 'vitest'
import { BOM, csvField, csvNumber, neutraliseFormula, writeCsv } from './csv-text.ts'

describe('neutraliseFormula', () => {
  it('puts an apostrophe before =, +, -, @, tab and carriage return', () => {
    for (const t of ['=1+1', '+358 40', '-x', '@SUM(A1)', '\tcmd', '\rcmd', '-', '=', '--1'])
      expect(neutraliseFormula(t)).toBe(`'${t}`)
  })

  it('leaves negative numbers and ordinary text alone', () => {
    for (const t of ['-5', '-1.5', '-1,5', 'Öljy', '1=1', '', 'a-b', ' x', 'x =1'])
      expect(neutraliseFormula(t)).toBe(t)
  })

  it('sees a formula behind leading white space and line breaks, and in fullwidth forms', () => {
    for (const t of [
      ' =x',
      '\u00a0=HYPERLINK("x")',
      '\u3000+1',
      '\n=1+1',
      '  \n @SUM(A1)',
      '＝1+1',
      '＋358',
      ' ＝x',
      '－x',
      '＠x',
    ])
      expect(neutraliseFormula(t), JSON.stringify(t)).toBe(`'${t}`)
  })
})

describe('csvNumber', () => {
  it('writes decimal commas for semicolon files and points otherwise, without exponents', () => {
    expect(csvNumber(73.25, true)).toBe('73,25')
    expect(csvNumber(73.25, false)).toBe('73.25')
    expect(csvNumber(1_000_000, true)).toBe('1000000')
    expect(csvNumber(1e-7, false)).toBe('0')
    expect(csvNumber(0.1 + 0.2, false)).toBe('0.3')
    expect(csvNumber(-2.5, true)).toBe('-2,5')
    expect(csvNumber(-0, true)).toBe('0')
    expect(csvNumber(Number.NaN, true)).toBe('')
    expect(csvNumber(-1e21, false)).toBe('-1000000000000000000000')
    expect(csvNumber(1.5e300, false)).toMatch(/^1\d{300}$/)
    expect(csvNumber(2 ** 70, true)).toBe('1180591620717411303424')
  })
})

describe('csvField', () => {
  it('quotes by RFC 4180 only where needed', () => {
    const semi = { delimiter: ';' } as const
    const comma = { delimiter: ',' } as const
    expect(csvField('a;b', semi)).toBe('"a;b"')
    expect(csvField('a;b', comma)).toBe('a;b')
    expect(csvField('a,b', comma)).toBe('"a,b"')
    expect(csvField('say "hi"', semi)).toBe('"say ""hi"""')
    expect(csvField('two\nlines', semi)).toBe('"two\nlines"')
    expect(csvField('cr\rx', semi)).toBe('"cr\rx"')
    expect(csvField(null, semi)).toBe('')
    expect(csvField(12.5, semi)).toBe('12,5')
    expect(csvField(12.5, comma)).toBe('12.5')
    expect(csvField(-3, semi)).toBe('-3')
  })

  it('neutralises before quoting', () => {
    expect(csvField('=HYPERLINK("x";"y")', { delimiter: ';' })).toBe('"\'=HYPERLINK(""x"";""y"")"')
  })
})

describe('writeCsv', () => {
  it('writes a BOM, the header, CRLF records and a final CRLF', () => {
    const text = writeCsv(
      ['Nimi', 'Pisteet'],
      [
        ['Öljyntorjunta', 73.5],
        ['@x', null],
      ],
      { delimiter: ';' },
    )
    expect(text).toBe(`${BOM}Nimi;Pisteet\r\nÖljyntorjunta;73,5\r\n'@x;\r\n`)
  })

  it('may use a decimal comma with a comma delimiter, quoting it', () => {
    const text = writeCsv(['a'], [[1.5]], { delimiter: ',', decimalComma: true })
    expect(text).toBe(`${BOM}a\r\n"1,5"\r\n`)
  })
})

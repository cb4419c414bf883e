import { describe, expect, it } from 'vitest'
import { LoadError } from '../load/load-error.ts'
import { parseRuntimeConfig, resolveRuntimeConfig } from './runtime-config.ts'

const BASE = 'https://kartta.example/app/'

describe('runtime config', () => {
  it('reads a full config and fills in the optional list', () => {
    expect(
      parseRuntimeConfig({
        dataUrl: 'data/x.json',
        allowedDataOrigins: ['https://data.example'],
        feedback: { email: 'saavutettavuus@lapinliitto.fi' },
      }),
    ).toEqual({
      dataUrl: 'data/x.json',
      allowedDataOrigins: ['https://data.example'],
      feedback: { email: 'saavutettavuus@lapinliitto.fi' },
    })
    expect(parseRuntimeConfig({ dataUrl: 'x.json' })).toEqual({
      dataUrl: 'x.json',
      allowedDataOrigins: [],
    })
  })

  it.each([
    ['not an object', []],
    ['no data address', { allowedDataOrigins: [] }],
    ['an empty data address', { dataUrl: '' }],
    ['an origin that is no address', { dataUrl: 'x.json', allowedDataOrigins: ['data.example'] }],
    [
      'origins that are not a list',
      { dataUrl: 'x.json', allowedDataOrigins: 'https://other.example' },
    ],
    ['a feedback address with no domain', { dataUrl: 'x.json', feedback: { email: 'palaute@' } }],
    ['feedback as text', { dataUrl: 'x.json', feedback: 'palaute@lapinliitto.fi' }],
  ])('refuses %s', (_what, input) => {
    expect(parseRuntimeConfig(input)).toBeNull()
    expect(() => resolveRuntimeConfig(input, BASE, `${BASE}config.json`)).toThrow(LoadError)
  })

  it('resolves the data address against the base and keeps it to allowed origins', () => {
    expect(resolveRuntimeConfig({ dataUrl: 'data/x.json' }, BASE, 'c').dataUrl).toBe(
      'https://kartta.example/app/data/x.json',
    )
    expect(() =>
      resolveRuntimeConfig({ dataUrl: 'https://muu.example/x.json' }, BASE, 'c'),
    ).toThrow(LoadError)
    expect(
      resolveRuntimeConfig(
        {
          dataUrl: 'https://data.example/x.json',
          allowedDataOrigins: ['https://data.example'],
        },
        BASE,
        'c',
      ).dataUrl,
    ).toBe('https://data.example/x.json')
  })
})

import { defineCatalog } from '../../i18n/feature-catalog.ts'

/** The table printout's own words, in the three UI languages. */
export const tablePrintCatalog = defineCatalog({
  en: {
    print: 'Print',
    total:
      'Total: {count, plural, one {# opportunity} other {# opportunities}}, budgets given {budget} ({budgeted} with a budget)',
    subtotal:
      '{count, plural, one {# opportunity} other {# opportunities}}, budgets {budget} ({budgeted} with a budget)',
  },
  fi: {
    print: 'Tulosta',
    total:
      'Yhteensä: {count, plural, one {# kasvumahdollisuus} other {# kasvumahdollisuutta}}, budjetit {budget} ({budgeted, plural, one {# budjetoitu} other {# budjetoitua}})',
    subtotal:
      '{count, plural, one {# kasvumahdollisuus} other {# kasvumahdollisuutta}}, budjetit {budget} ({budgeted, plural, one {# budjetoitu} other {# budjetoitua}})',
  },
  sv: {
    print: 'Skriv ut',
    total:
      'Totalt: {count, plural, one {# tillväxtmöjlighet} other {# tillväxtmöjligheter}}, budgetar {budget} ({budgeted} med budget)',
    subtotal:
      '{count, plural, one {# tillväxtmöjlighet} other {# tillväxtmöjligheter}}, budgetar {budget} ({budgeted} med budget)',
  },
})

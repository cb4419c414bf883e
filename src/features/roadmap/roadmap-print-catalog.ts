import { defineCatalog } from '../../i18n/feature-catalog.ts'

/** The roadmap printout's own words, in the three UI languages. */
export const roadmapPrintCatalog = defineCatalog({
  en: {
    page: '{page} / {pages}',
    pageLabel: 'Roadmap, page {page} of {pages}',
    continued: '{lane} (continued)',
    beyond: '◀ ▶ the bar continues before or after the strategy period',
  },
  fi: {
    page: '{page} / {pages}',
    pageLabel: 'Tiekartta, sivu {page}/{pages}',
    continued: '{lane} (jatkuu)',
    beyond: '◀ ▶ palkki jatkuu ennen strategiakautta tai sen jälkeen',
  },
  sv: {
    page: '{page} / {pages}',
    pageLabel: 'Färdplan, sida {page} av {pages}',
    continued: '{lane} (forts.)',
    beyond: '◀ ▶ stapeln fortsätter före eller efter strategiperioden',
  },
})

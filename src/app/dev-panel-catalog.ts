import { defineCatalog } from '../i18n/feature-catalog.ts'

/**
 * The developer panel's words. The panel is imported only in development, so keeping them
 * here keeps them out of the production catalogs.
 */
export const devPanelCatalog = defineCatalog({
  en: {
    label: 'Developer tools',
    current: 'Mock scenario in use: {scenario}',
    select: 'Mock scenario',
    apply: 'Switch and reload',
  },
  fi: {
    label: 'Kehittäjän työkalut',
    current: 'Käytössä oleva testiskenaario: {scenario}',
    select: 'Testiskenaario',
    apply: 'Vaihda ja lataa uudelleen',
  },
  sv: {
    label: 'Utvecklarverktyg',
    current: 'Testscenario som används: {scenario}',
    select: 'Testscenario',
    apply: 'Byt och ladda om',
  },
})

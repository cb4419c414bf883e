import { defineCatalog } from '../i18n/feature-catalog.ts'

/** The load notices' words, downloaded with them (load-notices.tsx): only when there is something to say. */
export const noticeCatalog = defineCatalog({
  en: {
    setAside:
      '{count, plural, one {# opportunity was set aside as invalid and is not shown.} other {# opportunities were set aside as invalid and are not shown.}}',
    fullReport: 'See why in the data report',
    cachedCopy: 'Showing the cached copy from {time}, because the data source failed:',
    cachedCopyRetrying:
      'Showing the cached copy from {time}, because the data source did not answer; it is asked again in the background:',
    refreshed:
      'The data source answers again: the latest data is shown instead of the cached copy from {time}.',
    showCachedCopy: 'Show the cached copy from {time}',
  },
  fi: {
    setAside:
      '{count, plural, one {# kasvumahdollisuus jätettiin pois virheellisenä, eikä sitä näytetä.} other {# kasvumahdollisuutta jätettiin pois virheellisinä, eikä niitä näytetä.}}',
    fullReport: 'Katso syy aineistoraportista',
    cachedCopy:
      'Näytetään välimuistissa olevaa kopiota ajalta {time}, koska aineiston lähde epäonnistui:',
    cachedCopyRetrying:
      'Näytetään välimuistissa olevaa kopiota ajalta {time}, koska aineiston lähde ei vastannut; sitä yritetään taustalla uudelleen:',
    refreshed:
      'Aineiston lähde vastaa taas: näytetään uusin aineisto välimuistin kopion ({time}) sijaan.',
    showCachedCopy: 'Näytä välimuistin kopio ajalta {time}',
  },
  sv: {
    setAside:
      '{count, plural, one {# tillväxtmöjlighet lades åt sidan som ogiltig och visas inte.} other {# tillväxtmöjligheter lades åt sidan som ogiltiga och visas inte.}}',
    fullReport: 'Se varför i datarapporten',
    cachedCopy: 'Den cachade kopian från {time} visas, eftersom datakällan misslyckades:',
    cachedCopyRetrying:
      'Den cachade kopian från {time} visas, eftersom datakällan inte svarade; den frågas på nytt i bakgrunden:',
    refreshed:
      'Datakällan svarar igen: de senaste uppgifterna visas i stället för den cachade kopian från {time}.',
    showCachedCopy: 'Visa den cachade kopian från {time}',
  },
})

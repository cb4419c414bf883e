import { defineCatalog } from '../../../i18n/feature-catalog.ts'

/** The words of a comparison with an earlier export, shared by every view that shows one. */
export const compareCatalog = defineCatalog({
  en: {
    'data.heading': 'Export to compare with',
    'data.loaded':
      'Exported {date}; {count, plural, one {# opportunity} other {# opportunities}} loaded from {url}.',
    heading: 'Changes since an earlier export',
    since: 'Since the export of {date}:',
    added: '{count} new',
    removed: '{count} dropped',
    status: '{count} changed status',
    moved: '{count} moved {places} or more places',
    loading: 'Loading the export to compare with…',
    badBaseline: 'The export to compare with was not used:',
    unchangedViews: 'The views show the current data without a comparison.',
    reportLink: 'The full report is on the data page.',
    noCommonIds:
      'The two exports have no opportunity in common, so every one would show as new or dropped: they may not be of the same dataset.',
    otherDataset:
      'The export compared with is of another dataset ({id}). Opportunities are still matched by their ids.',
    differentCriteria:
      'The two exports score on different criteria: the axis scores were computed from different criteria, and criterion scores are compared only where both have the criterion.',
    setAside:
      '{count, plural, one {# record} other {# records}} of the export compared with were set aside; they are left out of the comparison, not counted as dropped.',
  },
  fi: {
    'data.heading': 'Vertailtava vienti',
    'data.loaded':
      'Viety {date}; {count, plural, one {# mahdollisuus} other {# mahdollisuutta}} ladattu osoitteesta {url}.',
    heading: 'Muutokset aiempaan vientiin verrattuna',
    since: 'Vientiin {date} verrattuna:',
    added: '{count, plural, one {# uusi} other {# uutta}}',
    removed: '{count, plural, one {# poistunut} other {# poistunutta}}',
    status: '{count} vaihtoi tilaa',
    moved: '{count} siirtyi vähintään {places} sijaa',
    loading: 'Ladataan vertailtavaa vientiä…',
    badBaseline: 'Vertailtavaa vientiä ei käytetty:',
    unchangedViews: 'Näkymät näyttävät nykyiset tiedot ilman vertailua.',
    reportLink: 'Koko raportti on aineistosivulla.',
    noCommonIds:
      'Vienneillä ei ole yhtään yhteistä mahdollisuutta, joten kaikki näkyisivät uusina tai poistuneina: ne eivät ehkä ole samaa aineistoa.',
    otherDataset:
      'Vertailtava vienti on toisesta aineistosta ({id}). Mahdollisuudet verrataan silti tunnisteiden mukaan.',
    differentCriteria:
      'Vienneissä on eri kriteerit: akselien pisteet on laskettu eri kriteereistä, ja kriteerikohtaisia pisteitä verrataan vain niissä kriteereissä, jotka ovat molemmissa.',
    setAside:
      'Vertailtavasta viennistä sivuutettiin {count, plural, one {# tietue} other {# tietuetta}}; ne on jätetty vertailun ulkopuolelle eikä niitä lasketa poistuneiksi.',
  },
  sv: {
    'data.heading': 'Export att jämföra med',
    'data.loaded':
      'Exporterad {date}; {count, plural, one {# möjlighet} other {# möjligheter}} inlästa från {url}.',
    heading: 'Ändringar jämfört med en tidigare export',
    since: 'Sedan exporten {date}:',
    added: '{count, plural, one {# ny} other {# nya}}',
    removed: '{count, plural, one {# borttagen} other {# borttagna}}',
    status: '{count} bytte status',
    moved: '{count} flyttade {places} platser eller mer',
    loading: 'Läser in exporten att jämföra med…',
    badBaseline: 'Exporten att jämföra med användes inte:',
    unchangedViews: 'Vyerna visar nuvarande data utan jämförelse.',
    reportLink: 'Hela rapporten finns på datasidan.',
    noCommonIds:
      'Exporterna har ingen möjlighet gemensam, så alla skulle visas som nya eller borttagna: de hör kanske inte till samma dataset.',
    otherDataset:
      'Exporten som jämförs hör till ett annat dataset ({id}). Möjligheterna jämförs ändå efter sina id.',
    differentCriteria:
      'Exporterna poängsätter med olika kriterier: axlarnas poäng har beräknats av olika kriterier, och kriteriepoäng jämförs bara där båda har kriteriet.',
    setAside:
      '{count, plural, one {# post} other {# poster}} i exporten som jämförs lades åt sidan; de ingår inte i jämförelsen och räknas inte som borttagna.',
  },
})

import { defineCatalog } from '../../i18n/feature-catalog.ts'

/** The roadmap's words for a comparison: the ghost bars' legend and their table twin. */
export const ghostBarsCatalog = defineCatalog({
  en: {
    removedLane: 'Removed since the export of {date}',
    removedBar: 'removed: {title}, was {start}–{end}',
    removedLegend:
      'Hollow dashed bars in the last lane: removed since the export of {date}, at the horizon they had.',
    removedMark: 'removed',
    legend: 'Faint outline: where the horizon was in the export of {date}.',
    slip: '{months, plural, one {# month later} other {# months later}}',
    earlier: '{months, plural, one {# month earlier} other {# months earlier}}',
    summary: 'Horizon changes since the export of {date}, as a table ({count})',
    caption: 'Horizons moved or dropped since the export of {date}',
    title: 'Opportunity',
    then: 'Horizon then',
    now: 'Horizon now',
    shift: 'Moved',
    dropped: 'Dropped',
  },
  fi: {
    removedLane: 'Poistuneet {date} viennin jälkeen',
    removedBar: 'poistunut: {title}, oli {start}–{end}',
    removedLegend:
      'Ontot katkoviivapalkit viimeisellä kaistalla: poistuneet {date} viennin jälkeen, silloisella aikajänteellään.',
    removedMark: 'poistunut',
    legend: 'Himmeä ääriviiva: aikajänne {date} viennissä.',
    slip: '{months, plural, one {# kuukausi myöhemmin} other {# kuukautta myöhemmin}}',
    earlier: '{months, plural, one {# kuukausi aiemmin} other {# kuukautta aiemmin}}',
    summary: 'Aikajänteiden muutokset {date} viennin jälkeen taulukkona ({count})',
    caption: 'Siirtyneet ja poistuneet aikajänteet {date} viennin jälkeen',
    title: 'Mahdollisuus',
    then: 'Aikajänne silloin',
    now: 'Aikajänne nyt',
    shift: 'Siirtymä',
    dropped: 'Poistunut',
  },
  sv: {
    removedLane: 'Borttagna sedan exporten {date}',
    removedBar: 'borttagen: {title}, var {start}–{end}',
    removedLegend:
      'Ihåliga streckade staplar i sista banan: borttagna sedan exporten {date}, vid den tidshorisont de hade.',
    removedMark: 'borttagen',
    legend: 'Svag kontur: var tidshorisonten låg i exporten {date}.',
    slip: '{months, plural, one {# månad senare} other {# månader senare}}',
    earlier: '{months, plural, one {# månad tidigare} other {# månader tidigare}}',
    summary: 'Ändrade tidshorisonter sedan exporten {date}, som tabell ({count})',
    caption: 'Tidshorisonter som flyttats eller tagits bort sedan exporten {date}',
    title: 'Möjlighet',
    then: 'Horisont då',
    now: 'Horisont nu',
    shift: 'Flyttad',
    dropped: 'Borttagen',
  },
})

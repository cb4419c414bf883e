import { defineCatalog } from '../../i18n/feature-catalog.ts'

/** The overview dashboard's words, in the three UI languages (Finnish is the default). */
export const overviewCatalog = defineCatalog({
  en: {
    'headline.heading': 'At a glance',
    'tile.opportunities': 'Opportunities',
    'tile.opportunitiesOf': 'of {total} loaded',
    'tile.setAside': '{count, plural, one {# set aside as invalid} other {# set aside as invalid}}',
    'tile.fundingNeed': 'Estimated funding need',
    'tile.fundingIdentified': 'identified {amount}',
    'tile.fundingApplied': 'applied for {amount}',
    'tile.fundingGranted': 'granted {amount}',
    'tile.withLead': 'With a lead actor',
    'tile.scored': 'Scored',
    'tile.scheduled': 'Scheduled in the strategy period',
    'tile.shareOf': '{count} of {total}',
    percent: '{value}%',
    'status.chart': 'Opportunities by status, from identified to completed, as one bar',
    'chart.count': 'Opportunities',
    'chart.need': 'Estimated funding need',
    'chart.countOf': '{label}: {count, plural, one {# opportunity} other {# opportunities}}',
    'chart.needOf': '{label}: {amount}',
    'chart.linkHint': 'Each name opens the table filtered to it.',
    'twin.show': 'Show as a table',
    'twin.caption': '{name} as a table',
    'top.intro': 'Under the current weights; the bar shows the priority score from 0 to 100.',
    'top.none': 'No opportunity the filters leave has a priority score yet.',
    'top.rank': 'Rank',
    'top.title': 'Opportunity',
    'top.priority': 'Priority score',
    'attention.heading': 'Needs attention',
    'attention.none': 'Nothing needs attention.',
    'attention.setAside':
      '{count, plural, one {# record set aside as invalid} other {# records set aside as invalid}}',
    'attention.warnings':
      '{count, plural, one {# warning in the export} other {# warnings in the export}}',
    'attention.unscored':
      '{count, plural, one {# opportunity without a priority score} other {# opportunities without a priority score}}',
    'attention.unscheduled':
      '{count, plural, one {# opportunity without a horizon} other {# opportunities without a horizon}}',
    'attention.dependencyConflicts':
      '{count, plural, one {# opportunity starts before what it depends on} other {# opportunities start before what they depend on}}',
    'attention.overdueMilestones':
      '{count, plural, one {# opportunity with an overdue milestone} other {# opportunities with an overdue milestone}}',
    'attention.where.data': 'see the data report',
    'attention.where.matrix': 'see the matrix',
    'attention.where.roadmap': 'see the roadmap',
    'filters.note': 'The figures count only the opportunities the filters leave.',
    'mini.matrix.heading': 'Impact and feasibility',
    'mini.matrix.link':
      'Open the prioritisation matrix ({count, plural, one {# opportunity placed} other {# opportunities placed}})',
    'mini.matrix.quadrant': 'Quadrant',
    'quadrant.actNow': 'Act now',
    'quadrant.buildConditions': 'Build the conditions',
    'quadrant.quickWins': 'Quick wins',
    'quadrant.reconsider': 'Reconsider',
    'mini.timeline.heading': 'Starts and ends by year',
    'mini.timeline.link': 'Open the roadmap',
    'mini.timeline.year': 'Year',
    'mini.timeline.starts': 'Starts',
    'mini.timeline.ends': 'Ends',
    'mini.timeline.note':
      'Horizons reaching outside the strategy period count in its first or last year.',
  },
  fi: {
    'headline.heading': 'Yhdellä silmäyksellä',
    'tile.opportunities': 'Kasvumahdollisuudet',
    'tile.opportunitiesOf': '{total} ladatusta',
    'tile.setAside':
      '{count, plural, one {# jätettiin pois virheellisenä} other {# jätettiin pois virheellisinä}}',
    'tile.fundingNeed': 'Arvioitu rahoitustarve',
    'tile.fundingIdentified': 'tunnistettu {amount}',
    'tile.fundingApplied': 'haettu {amount}',
    'tile.fundingGranted': 'myönnetty {amount}',
    'tile.withLead': 'Vetäjä nimetty',
    'tile.scored': 'Pisteytetty',
    'tile.scheduled': 'Ajoitettu strategiakaudelle',
    'tile.shareOf': '{count}/{total}',
    percent: '{value} %',
    'status.chart': 'Kasvumahdollisuudet tilan mukaan, tunnistetusta valmiiseen, yhtenä palkkina',
    'chart.count': 'Kasvumahdollisuuksia',
    'chart.need': 'Arvioitu rahoitustarve',
    'chart.countOf':
      '{label}: {count, plural, one {# kasvumahdollisuus} other {# kasvumahdollisuutta}}',
    'chart.needOf': '{label}: {amount}',
    'chart.linkHint': 'Nimi avaa taulukon sillä suodatettuna.',
    'twin.show': 'Näytä taulukkona',
    'twin.caption': '{name} taulukkona',
    'top.intro': 'Nykyisillä painoilla; palkki näyttää prioriteettipisteet asteikolla 0–100.',
    'top.none':
      'Millään suodatusten jättämällä kasvumahdollisuudella ei ole vielä prioriteettipisteitä.',
    'top.rank': 'Sija',
    'top.title': 'Kasvumahdollisuus',
    'top.priority': 'Prioriteettipisteet',
    'attention.heading': 'Vaatii huomiota',
    'attention.none': 'Mikään ei vaadi huomiota.',
    'attention.setAside':
      '{count, plural, one {# tietue jätettiin pois virheellisenä} other {# tietuetta jätettiin pois virheellisinä}}',
    'attention.warnings':
      '{count, plural, one {# varoitus aineistossa} other {# varoitusta aineistossa}}',
    'attention.unscored':
      '{count, plural, one {# kasvumahdollisuus ilman prioriteettipisteitä} other {# kasvumahdollisuutta ilman prioriteettipisteitä}}',
    'attention.unscheduled':
      '{count, plural, one {# kasvumahdollisuus ilman aikajännettä} other {# kasvumahdollisuutta ilman aikajännettä}}',
    'attention.dependencyConflicts':
      '{count, plural, one {# kasvumahdollisuus alkaa ennen edellytystään} other {# kasvumahdollisuutta alkaa ennen edellytystään}}',
    'attention.overdueMilestones':
      '{count, plural, one {# kasvumahdollisuus, jolla on myöhässä oleva välitavoite} other {# kasvumahdollisuutta, joilla on myöhässä oleva välitavoite}}',
    'attention.where.data': 'katso aineistoraportti',
    'attention.where.matrix': 'katso matriisi',
    'attention.where.roadmap': 'katso tiekartta',
    'filters.note': 'Luvut koskevat vain suodatusten jättämiä kasvumahdollisuuksia.',
    'mini.matrix.heading': 'Vaikuttavuus ja toteutettavuus',
    'mini.matrix.link':
      'Avaa priorisointimatriisi ({count, plural, one {# kasvumahdollisuus sijoitettu} other {# kasvumahdollisuutta sijoitettu}})',
    'mini.matrix.quadrant': 'Neljännes',
    'quadrant.actNow': 'Toimi nyt',
    'quadrant.buildConditions': 'Rakenna edellytykset',
    'quadrant.quickWins': 'Nopeat voitot',
    'quadrant.reconsider': 'Harkitse uudelleen',
    'mini.timeline.heading': 'Alkavat ja päättyvät vuosittain',
    'mini.timeline.link': 'Avaa tiekartta',
    'mini.timeline.year': 'Vuosi',
    'mini.timeline.starts': 'Alkaa',
    'mini.timeline.ends': 'Päättyy',
    'mini.timeline.note':
      'Strategiakauden ulkopuolelle ulottuvat aikajänteet lasketaan sen ensimmäiseen tai viimeiseen vuoteen.',
  },
  sv: {
    'headline.heading': 'I korthet',
    'tile.opportunities': 'Tillväxtmöjligheter',
    'tile.opportunitiesOf': 'av {total} inlästa',
    'tile.setAside':
      '{count, plural, one {# lämnades bort som ogiltig} other {# lämnades bort som ogiltiga}}',
    'tile.fundingNeed': 'Uppskattat finansieringsbehov',
    'tile.fundingIdentified': 'identifierad {amount}',
    'tile.fundingApplied': 'ansökt {amount}',
    'tile.fundingGranted': 'beviljad {amount}',
    'tile.withLead': 'Med en ledande aktör',
    'tile.scored': 'Poängsatta',
    'tile.scheduled': 'Tidsatta inom strategiperioden',
    'tile.shareOf': '{count} av {total}',
    percent: '{value} %',
    'status.chart':
      'Tillväxtmöjligheter efter status, från identifierad till slutförd, som en stapel',
    'chart.count': 'Tillväxtmöjligheter',
    'chart.need': 'Uppskattat finansieringsbehov',
    'chart.countOf':
      '{label}: {count, plural, one {# tillväxtmöjlighet} other {# tillväxtmöjligheter}}',
    'chart.needOf': '{label}: {amount}',
    'chart.linkHint': 'Varje namn öppnar tabellen filtrerad på det.',
    'twin.show': 'Visa som tabell',
    'twin.caption': '{name} som tabell',
    'top.intro': 'Med de aktuella vikterna; stapeln visar prioritetspoängen från 0 till 100.',
    'top.none': 'Ingen tillväxtmöjlighet som filtren lämnar har ännu någon prioritetspoäng.',
    'top.rank': 'Placering',
    'top.title': 'Tillväxtmöjlighet',
    'top.priority': 'Prioritetspoäng',
    'attention.heading': 'Kräver uppmärksamhet',
    'attention.none': 'Ingenting kräver uppmärksamhet.',
    'attention.setAside':
      '{count, plural, one {# post lämnades bort som ogiltig} other {# poster lämnades bort som ogiltiga}}',
    'attention.warnings':
      '{count, plural, one {# varning i exporten} other {# varningar i exporten}}',
    'attention.unscored':
      '{count, plural, one {# tillväxtmöjlighet utan prioritetspoäng} other {# tillväxtmöjligheter utan prioritetspoäng}}',
    'attention.unscheduled':
      '{count, plural, one {# tillväxtmöjlighet utan tidshorisont} other {# tillväxtmöjligheter utan tidshorisont}}',
    'attention.dependencyConflicts':
      '{count, plural, one {# tillväxtmöjlighet börjar före sin förutsättning} other {# tillväxtmöjligheter börjar före sin förutsättning}}',
    'attention.overdueMilestones':
      '{count, plural, one {# tillväxtmöjlighet med ett försenat delmål} other {# tillväxtmöjligheter med ett försenat delmål}}',
    'attention.where.data': 'se datarapporten',
    'attention.where.matrix': 'se matrisen',
    'attention.where.roadmap': 'se färdplanen',
    'filters.note': 'Siffrorna gäller bara de tillväxtmöjligheter som filtren lämnar.',
    'mini.matrix.heading': 'Effekt och genomförbarhet',
    'mini.matrix.link':
      'Öppna prioriteringsmatrisen ({count, plural, one {# tillväxtmöjlighet placerad} other {# tillväxtmöjligheter placerade}})',
    'mini.matrix.quadrant': 'Kvadrant',
    'quadrant.actNow': 'Agera nu',
    'quadrant.buildConditions': 'Bygg förutsättningarna',
    'quadrant.quickWins': 'Snabba vinster',
    'quadrant.reconsider': 'Ompröva',
    'mini.timeline.heading': 'Början och slut per år',
    'mini.timeline.link': 'Öppna färdplanen',
    'mini.timeline.year': 'År',
    'mini.timeline.starts': 'Börjar',
    'mini.timeline.ends': 'Slutar',
    'mini.timeline.note':
      'Tidshorisonter som når utanför strategiperioden räknas till dess första eller sista år.',
  },
})

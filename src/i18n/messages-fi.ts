import type { Catalog } from './messages-en.ts'

/** Suomenkielinen käyttöliittymä: oletuskieli. */
export const fi = {
  'unreadable.empty': 'Tiedosto on tyhjä.',
  'unreadable.tooLarge':
    'Tiedosto on {sizeMb} Mt; enintään {limitMb} Mt:n vientitiedostoja voi lukea.',
  'unreadable.notUtf8':
    'Tiedosto ei ole UTF-8-tekstiä. Tallenna se UTF-8-muodossa ja yritä uudelleen.',
  'unreadable.notJson':
    'Tiedosto ei ole kelvollista JSONia: virhe on rivillä {line}, sarakkeessa {column}.',
  'unreadable.notObject': 'Tiedostossa on {found} eikä vientitiedoston oliota.',
  'unreadable.noVersion':
    'Tiedostosta puuttuu schemaVersion-kenttä, joten se ei ole kasvumahdollisuuksien vientitiedosto (muotoversio 1).',
  'unreadable.badVersion': 'schemaVersion {version} ei ole muotoa "1.x".',
  'unreadable.wrongMajor':
    'Tiedosto on muotoversiota {version}; tämä Kasvukartan versio lukee versiota 1.x.',
  'unreadable.tooDeep':
    'Tiedostossa arvot on sisäkkäin yli {limit} tasoa syvälle; vientitiedostossa tarvitaan muutama. Sitä syvemmälle ei luettu.',
  'field.required': 'Pakollinen kenttä {field} puuttuu.',
  'field.wrongType': 'Kentän {field} pitäisi olla {expected}, mutta se on {found}.',
  'field.notAllowed': 'Arvo {value} ei kelpaa kenttään {field}; sallitut: {allowed}.',
  'field.tooSmall': 'Kentän {field} arvo {value} on pienempi kuin vähimmäisarvo {min}.',
  'field.tooBig': 'Kentän {field} arvo {value} on suurempi kuin enimmäisarvo {max}.',
  'field.tooFewItems':
    'Luettelossa {field} pitää olla vähintään {min, plural, one {# kohta} other {# kohtaa}}.',
  'field.notInteger': 'Kentän {field} arvon {value} pitää olla kokonaisluku.',
  'field.invalidId':
    'Tunniste {value} ei kelpaa: käytä kirjaimia, numeroita sekä merkkejä ".", "_" ja "-", aloita kirjaimella tai numerolla, enintään 64 merkkiä.',
  'field.invalidPeriod':
    'Ajanjakso {value} ei kelpaa: käytä muotoa "2025", "2025-Q2" tai "2025-06".',
  'field.invalidDate': 'Päivämäärä {value} ei kelpaa: käytä muotoa "VVVV-KK-PP".',
  'field.invalidDateTime':
    'Ajankohta {value} ei kelpaa: käytä ISO 8601 -muotoa aikavyöhykkeen kanssa, esim. "2026-11-20T09:30:00+02:00".',
  'field.invalidPeriodOrDate':
    'Päivämäärä {value} ei kelpaa: käytä ajanjaksoa ("2025", "2025-Q2", "2025-06") tai päivämäärää ("2025-06-15").',
  'field.invalidColor': 'Väri {value} ei kelpaa: käytä muotoa "#rrggbb".',
  'field.invalid': 'Kentän {field} arvo {value} ei kelpaa.',
  'field.forbiddenKey': 'Avain "__proto__" ei ole sallittu vientitiedostossa.',
  'field.duplicateKey':
    'Avain {field} esiintyy kahdesti samassa objektissa; sen pitää esiintyä kerran, jotta mitään ei katoa huomaamatta.',
  'field.tooManyEntries':
    'Arvossa {field} on {count} alkiota; yhdestä luettelosta tai objektista luetaan enintään {max}.',
  'text.empty': 'Teksti {field} on tyhjä kaikilla kielillä.',
  'text.unknownLanguage':
    'Tekstissä {field} on tuntematon kielikoodi ({languages}); käytä koodeja fi, sv, en, se, smn tai sms.',
  'link.unsafe': 'Linkki {value} ei ole sallittu: vain https:-, http:- ja mailto:-linkit ovat.',
  'frame.duplicateId': 'Tunniste {id} esiintyy useammin kuin kerran luettelossa {list}.',
  'frame.missingAxis':
    'Akselilla {axis} ei ole yhtään kriteeriä; kummallakin akselilla pitää olla vähintään yksi.',
  'frame.minNotBelowMax':
    'Kriteerin {id} minimi on {min} ja maksimi {max}; minimin pitää olla maksimia pienempi.',
  'frame.periodReversed': 'Strategiakausi päättyy ({end}) ennen kuin se alkaa ({start}).',
  'frame.endDateBeforeDate': 'Lähde päättyy ({endDate}) ennen kuin se alkaa ({date}).',
  'opportunity.notObject': 'Kohta on {found} eikä kasvumahdollisuuden olio.',
  'opportunity.duplicateId':
    'Tunnistetta {id} käyttää {count} kasvumahdollisuutta; tunnisteiden pitää olla yksilöllisiä, joten kaikki jätettiin pois.',
  'ref.unknownTheme': 'Teemaa {id} ei ole vientitiedostossa.',
  'ref.unknownCluster': 'Klusteria {id} ei ole vientitiedostossa.',
  'ref.unknownSource': 'Lähdettä {id} ei ole vientitiedostossa.',
  'ref.unknownActor': 'Toimijaa {id} ei ole vientitiedostossa.',
  'ref.unknownCriterion': 'Kriteeriä {id} ei ole vientitiedostossa.',
  'ref.unknownOpportunity': 'Se riippuu kasvumahdollisuudesta {id}, jota ei ole vientitiedostossa.',
  'score.outOfRange':
    'Kriteerin {criterion} pistemäärä {value} on sallitun välin {min}–{max} ulkopuolella.',
  'period.endBeforeStart': 'Se päättyy ({end}) ennen kuin se alkaa ({start}).',
  'dependsOn.self': 'Se riippuu itsestään.',
  'dependsOn.cycle': 'Se on osa riippuvuuskehää: {cycle}.',
  'warning.newerMinor':
    'Vientitiedosto on muotoversiota {version}; tämä lukija tuntee version {supported}. Tuntemattomat kentät säilytetään, mutta niitä ei näytetä.',
  'warning.unknownField': 'Tuntematon kenttä {field}: säilytetään, mutta ei näytetä.',
  'warning.missingTranslation': 'Ei käännetty kielelle {language}: {fields}.',
  'warning.unscored':
    'Pisteyttämättä {count, plural, one {# kriteeri} other {# kriteeriä}}: {criteria}.',
  'warning.noScores':
    'Yhtään kriteeriä ei ole pisteytetty: ei prioriteettipisteitä eikä paikkaa matriisissa.',
  'warning.milestoneOutsideHorizon':
    'Välitavoite ({date}) on aikajänteen {start}–{end} ulkopuolella.',
  'warning.dependencySetAside': 'Se riippuu kasvumahdollisuudesta {id}, joka jätettiin pois.',
  'warning.zeroWeights':
    'Kaikkien {axis}-akselin kriteerien paino on nolla; sen sijaan käytetään yhtä suuria painoja.',
  'warning.htmlText':
    'Teksti {field} näyttää HTML-koodilta ({tag}). Se näytetään juuri niin kuin se on kirjoitettu, merkkeinä; jos se on kopioitu verkkosivulta, poista merkinnät.',
  'decisions.notRecord':
    'Tiedosto ei ole Kasvukartan päätöstallenne: sen muoto on {found} eikä "kasvukartta-decisions".',
  'decisions.wrongVersion':
    'Päätöstallenne on versiota {version}; tämä Kasvukartan versio lukee versiota 1.',
  'decisions.duplicateOpportunity':
    'Kasvumahdollisuudesta {id} on päätös jo aiemmin tallenteessa; istunnossa on yksi päätös kutakin kasvumahdollisuutta kohden, joten tämä jätettiin pois.',
  'kind.text': 'tekstiä',
  'kind.number': 'luku',
  'kind.integer': 'kokonaisluku',
  'kind.true/false': 'true tai false',
  'kind.object': 'olio',
  'kind.list': 'luettelo',
  'kind.array': 'luettelo',
  'kind.string': 'tekstiä',
  'kind.boolean': 'true tai false',
  'kind.null': 'null',
  'kind.undefined': 'puuttuu',
  'axis.impact': 'vaikuttavuus',
  'axis.feasibility': 'toteutettavuus',
  'language.fi': 'suomi',
  'language.sv': 'ruotsi',
  'language.en': 'englanti',
  'language.se': 'pohjoissaame',
  'language.smn': 'inarinsaame',
  'language.sms': 'koltansaame',
  'list.themes': 'teemat',
  'list.clusters': 'klusterit',
  'list.sources': 'lähteet',
  'list.actors': 'toimijat',
  'list.criteria': 'kriteerit',
  'report.outcome.unreadable': 'Vientitiedostoa ei voitu lukea. Mitään ei ladattu.',
  'report.outcome.brokenFrame':
    'Vientitiedoston yhteiset luettelot ovat virheellisiä, joten mitään ei ladattu. Korjaa alla luetellut ongelmat ja lataa tiedosto uudelleen.',
  'report.outcome.partial':
    '{setAside, plural, one {# kasvumahdollisuus jätettiin pois} other {# kasvumahdollisuutta jätettiin pois}}; {loaded, plural, one {# ladattiin} other {# ladattiin}}.',
  'report.outcome.loaded':
    '{loaded, plural, one {# kasvumahdollisuus ladattiin} other {Kaikki # kasvumahdollisuutta ladattiin}}.',
  'report.warnings': '{count, plural, one {# varoitus} other {# varoitusta}}',
  'report.errors': '{count, plural, one {# virhe} other {# virhettä}}',
  'report.where': 'kohdassa {path}',
  'report.opportunity': 'kasvumahdollisuus {id} ”{title}”',
  'report.opportunityNoId': 'kasvumahdollisuus nro {number}',
  'report.setAsideHeading': 'Pois jätetyt',
  'report.warningsHeading': 'Varoitukset',
  'report.errorsHeading': 'Virheet',
  'report.moreWarnings': '… ja {count} muuta varoitusta.',
  'app.name': 'Kasvukartta',
  'app.skipToContent': 'Siirry sisältöön',
  'app.publisher': 'Lapin liitto',
  'load.loading': 'Ladataan kasvumahdollisuuksia…',
  'load.phase.reading': 'Ladataan tiedostoa…',
  'load.phase.parsing': 'Luetaan tiedostoa…',
  'load.phase.validating': 'Tarkistetaan kasvumahdollisuuksia…',
  'load.phase.normalising': 'Valmistellaan näkymiä…',
  'load.progress': 'Latauksen eteneminen',
  'load.megabytes': '{loaded} / {total} Mt',
  'load.megabytesNoTotal': '{loaded} Mt',
  'load.retrying': 'Lataus epäonnistui; yritetään uudelleen (yritys {attempt}/{total})…',
  'load.heading.loading': 'Aineistoa ladataan',
  'load.heading.failed': 'Aineistoa ei voitu ladata',
  'load.error.http': 'Aineiston haku epäonnistui: palvelin vastasi tilakoodilla {status}.',
  'load.error.notFound':
    'Aineiston haku epäonnistui: osoitteessa ei ole tiedostoa (tilakoodi {status}). Tarkista aineiston osoite config.json-tiedostosta.',
  'load.error.network':
    'Aineiston haku epäonnistui: palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
  'load.error.redirected':
    'Aineiston osoite ohjasi pyynnön osoitteeseen {origin}, josta aineistoa ei saa hakea, joten mitään ei luettu.',
  'load.error.configInvalid':
    'Asetustiedosto config.json on virheellinen, joten sovellus ei tiedä, mistä aineisto haetaan.',
  'load.error.originNotAllowed':
    'Aineiston osoite {url} on palvelimella, jota config.json ei salli (allowedDataOrigins).',
  'load.error.wrongContentType':
    'Palvelin ei lähettänyt JSON-tiedostoa vaan sisältöä {contentType}. Aineistotiedosto todennäköisesti puuttuu palvelimelta.',
  'load.error.address': 'Osoite: {url}',
  'load.error.notInHistory':
    'Tämä selain ei ole ladannut tuota vientiä: linkki historian vientiin toimii vain selaimessa, joka on ladannut sen.',
  'load.error.unexpected': 'Aineiston lataus epäonnistui odottamattoman virheen vuoksi.',
  'load.retry': 'Yritä uudelleen',
  'load.exportedAt': 'Aineisto on viety {date}.',
  'load.source': 'Lähde: {url}, haettu {time}.',
  'load.loadedCount':
    '{count, plural, one {# kasvumahdollisuus ladattu.} other {# kasvumahdollisuutta ladattu.}}',
  'load.warningCount':
    'Aineistossa on {count, plural, one {# varoitus} other {# varoitusta}}, esimerkiksi puuttuvia käännöksiä tai pisteyttämättömiä kriteerejä; aineisto näytetään silti.',
  'load.problemsHeading': 'Löydetyt ongelmat',
  'load.moreProblems': '… ja {count} muuta ongelmaa.',
  'load.setAsideIntro': 'Näitä kasvumahdollisuuksia ei näytetä yllä kuvattujen ongelmien vuoksi:',
  'load.titlesHeading': 'Kasvumahdollisuudet',
  'load.moreTitles': '… ja {count} muuta.',
  'load.noOpportunities': 'Aineistossa ei ole yhtään kasvumahdollisuutta.',
  'load.untitled': '(ei otsikkoa)',
  'nav.label': 'Päävalikko',
  'nav.menu': 'Valikko',
  'nav.overview': 'Yleiskuva',
  'nav.matrix': 'Matriisi',
  'nav.roadmap': 'Tiekartta',
  'nav.opportunities': 'Kasvumahdollisuudet',
  'nav.sessions': 'Istunnot',
  'nav.present': 'Esitä',
  'nav.minutes': 'Pöytäkirja',
  'nav.changes': 'Muutokset',
  'nav.data': 'Aineisto',
  'nav.accessibility': 'Saavutettavuus',
  'lang.label': 'Kieli',
  'lang.fi': 'Suomi',
  'lang.sv': 'Svenska',
  'lang.en': 'English',
  'content.notTranslated': 'ei käännetty',
  'filters.label': 'Suodattimet',
  'filters.search': 'Hae kasvumahdollisuuksia',
  'filters.searchHint':
    'Sanoja otsikosta, tiivistelmästä, tunnuksesta tai asiasanoista millä tahansa kielellä',
  'filters.choose':
    '{count, plural, =0 {Rajaa teeman, tilan ja muiden mukaan} one {Rajaukset (# valittu)} other {Rajaukset (# valittu)}}',
  'filters.clear': 'Poista rajaukset',
  'filters.facet.theme': 'Teema',
  'filters.facet.cluster': 'Klusteri',
  'filters.facet.goal': 'Kasvutavoite',
  'filters.facet.type': 'Innovaation tyyppi',
  'filters.facet.status': 'Tila',
  'filters.facet.source': 'Esiin noussut',
  'filters.optionCount': '{count, plural, one {# kasvumahdollisuus} other {# kasvumahdollisuutta}}',
  'filters.staleDropped':
    'Linkissä oli {count, plural, one {# teema, klusteri, lähde tai kriteeri} other {# teemaa, klusteria, lähdettä tai kriteeriä}}, joita näissä tiedoissa ei ole; ne jätettiin pois.',
  'count.shownOfTotal': '{shown} / {total} kasvumahdollisuutta',
  'overview.region': 'Alue: {region}',
  'overview.period': 'Strategiakausi {start}–{end}',
  'overview.byTheme': 'Teemoittain',
  'overview.byStatus': 'Tilan mukaan',
  'overview.byGoal': 'Kasvutavoitteen mukaan',
  'overview.column.count': 'Kasvumahdollisuuksia',
  'overview.topTen': 'Kymmenen kärjessä prioriteettipisteiden mukaan',
  'overview.topTenIntro':
    'Järjestys prioriteettipisteiden mukaan: kaikkien kriteerien painotettu keskiarvo vientitiedoston painoilla.',
  'overview.priorityScore': 'prioriteettipisteet {score}',
  'overview.noneRanked': 'Yhdelläkään kasvumahdollisuudella ei vielä ole prioriteettipisteitä.',
  'overview.unscored':
    '{count, plural, one {# kasvumahdollisuudella} other {# kasvumahdollisuudella}} ei ole pisteitä eikä sijaa.',
  'overview.warnings':
    'Vientitiedostossa on {count, plural, one {# varoitus} other {# varoitusta}}.',
  'overview.warningsLink': 'Katso aineiston raportti',
  'overview.views': 'Näkymät',
  'overview.viewMatrix': 'Priorisointimatriisi: vaikuttavuus ja toteutettavuus',
  'overview.viewRoadmap': 'Tiekartta: milloin mikin toteutuu',
  'overview.viewTable': 'Kasvumahdollisuudet taulukkona',
  'list.heading.opportunities': 'Kasvumahdollisuudet',
  'status.identified': 'Tunnistettu',
  'status.prioritised': 'Priorisoitu',
  'status.planned': 'Suunniteltu',
  'status.inProgress': 'Käynnissä',
  'status.completed': 'Valmis',
  'status.onHold': 'Tauolla',
  'status.discarded': 'Hylätty',
  'goal.business': 'Yritysten kasvu',
  'goal.rdi': 'TKI-osaamisen kasvu',
  'goal.wellbeing': 'Lappilaisten hyvinvoinnin kasvu',
  'innovation.product': 'Tuote',
  'innovation.service': 'Palvelu',
  'innovation.process': 'Prosessi',
  'innovation.operatingModel': 'Toimintamalli',
  'sourceKind.interview': 'Haastattelu',
  'sourceKind.workshop': 'Työpaja',
  'sourceKind.survey': 'Kysely',
  'sourceKind.steeringGroup': 'Ohjausryhmä',
  'sourceKind.forum': 'Foorumi',
  'sourceKind.document': 'Asiakirja',
  'page.notFound.heading': 'Sivua ei löytynyt',
  'page.notFound.text': 'Tässä osoitteessa ei ole sivua.',
  'load.refused.origin':
    'Aineistoa osoitteesta {url} ei ladattu: vain tämän palvelun oma osoite ja sen asetuksissa sallitut osoitteet kelpaavat.',
  'load.refused.scheme':
    'Aineistoa osoitteesta {url} ei ladattu: vain http- ja https-osoitteet ovat sallittuja.',
  'load.refused.malformed': 'Aineistoa osoitteesta {url} ei ladattu: osoite ei ole kelvollinen.',
  'load.cachedCopy':
    'Aineistolähde ei vastannut. Näytetään välimuistissa oleva kopio ajalta {time}.',
  'file.heading': 'Lataa tiedosto omalta koneelta',
  'file.choose': 'Valitse vientitiedosto (JSON)',
  'file.drop': 'Voit myös pudottaa JSON-tiedoston tälle alueelle.',
  'file.private': 'Tiedosto pysyy koneellasi; mitään ei lähetetä minnekään.',
  'file.loading': 'Luetaan tiedostoa {name}…',
  'file.loaded': 'Tiedosto {name} ladattiin.',
  'file.notLoaded': 'Tiedostoa {name} ei ladattu; aiemmin näytetty aineisto näytetään edelleen.',
  'file.current': 'Näytetään paikallista tiedostoa {name}, luettu {time}.',
  'file.useDefault': 'Palaa oletusaineistoon',
  'file.schemaDownload': 'Lataa tiedostomuodon JSON Schema',
} satisfies Catalog

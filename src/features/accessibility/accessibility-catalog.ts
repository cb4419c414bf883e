import { defineCatalog } from '../../i18n/feature-catalog.ts'

/**
 * The accessibility statement's words, in the three UI languages (Finnish is the default). Only
 * this page shows them, so they load with it rather than with every page.
 */
export const accessibilityCatalog = defineCatalog({
  en: {
    heading: 'Accessibility statement',
    intro:
      'This statement concerns the Kasvukartta service of the Regional Council of Lapland. The Act on the Provision of Digital Services (306/2019) requires public web services to be accessible.',
    statusHeading: 'How accessible is the service?',
    status:
      'The service aims to meet the requirements of WCAG 2.1 at level AA. Every chart has a table alternative and a keyboard path, colour is never the only cue, and the interface is in Finnish, Swedish and English.',
    knownIssuesHeading: 'Known shortcomings',
    knownIssues:
      'The content of the data (titles and descriptions of growth opportunities) comes from the organisations that produce it, and may be missing in your language; text in another language is marked as such.',
    feedbackHeading: 'Feedback',
    feedback:
      'If you notice an accessibility problem, tell us: {contact}. We answer within 14 days.',
    supervisionHeading: 'Supervisory authority',
    supervision:
      'If you are not satisfied with the answer, or get no answer within two weeks, you can report it to the Regional State Administrative Agency for Southern Finland, which supervises accessibility: www.saavutettavuusvaatimukset.fi.',
    dateHeading: 'About this statement',
    date: 'The statement was drawn up on 27 November 2026 and is based on a self-assessment with automated tests (axe) and keyboard and screen reader checks.',
  },
  fi: {
    heading: 'Saavutettavuusseloste',
    intro:
      'Tämä seloste koskee Lapin liiton Kasvukartta-palvelua. Laki digitaalisten palvelujen tarjoamisesta (306/2019) edellyttää, että julkiset verkkopalvelut ovat saavutettavia.',
    statusHeading: 'Kuinka saavutettava palvelu on?',
    status:
      'Palvelu pyrkii täyttämään WCAG 2.1 -ohjeiden AA-tason vaatimukset. Jokaisella kaaviolla on taulukkovaihtoehto ja näppäimistöpolku, väri ei ole koskaan ainoa vihje, ja käyttöliittymä on suomeksi, ruotsiksi ja englanniksi.',
    knownIssuesHeading: 'Tunnetut puutteet',
    knownIssues:
      'Aineiston sisältö (kasvumahdollisuuksien otsikot ja kuvaukset) tulee sen tuottavilta organisaatioilta, eikä sitä välttämättä ole kielelläsi; muunkielinen teksti on merkitty.',
    feedbackHeading: 'Palaute',
    feedback:
      'Jos huomaat saavutettavuusongelman, kerro siitä meille: {contact}. Vastaamme 14 päivän kuluessa.',
    supervisionHeading: 'Valvontaviranomainen',
    supervision:
      'Jos et ole tyytyväinen vastaukseen tai et saa vastausta kahden viikon aikana, voit tehdä ilmoituksen Etelä-Suomen aluehallintovirastoon, joka valvoo saavutettavuutta: www.saavutettavuusvaatimukset.fi.',
    dateHeading: 'Tietoja selosteesta',
    date: 'Seloste on laadittu 27.11.2026, ja se perustuu itsearvioon automaattisin testein (axe) sekä näppäimistö- ja ruudunlukijatarkistuksin.',
  },
  sv: {
    heading: 'Tillgänglighetsutlåtande',
    intro:
      'Detta utlåtande gäller Lapplands förbunds tjänst Kasvukartta. Lagen om tillhandahållande av digitala tjänster (306/2019) kräver att offentliga webbtjänster är tillgängliga.',
    statusHeading: 'Hur tillgänglig är tjänsten?',
    status:
      'Tjänsten strävar efter att uppfylla kraven i WCAG 2.1 på nivå AA. Varje diagram har ett tabellalternativ och kan användas med tangentbord, färg är aldrig den enda ledtråden, och gränssnittet finns på finska, svenska och engelska.',
    knownIssuesHeading: 'Kända brister',
    knownIssues:
      'Innehållet i data (tillväxtmöjligheternas rubriker och beskrivningar) kommer från de organisationer som tar fram det och kan saknas på ditt språk; text på ett annat språk är märkt.',
    feedbackHeading: 'Respons',
    feedback:
      'Om du märker ett tillgänglighetsproblem, berätta det för oss: {contact}. Vi svarar inom 14 dagar.',
    supervisionHeading: 'Tillsynsmyndighet',
    supervision:
      'Om du inte är nöjd med svaret eller inte får svar inom två veckor kan du anmäla det till Regionförvaltningsverket i Södra Finland, som övervakar tillgängligheten: www.saavutettavuusvaatimukset.fi.',
    dateHeading: 'Om utlåtandet',
    date: 'Utlåtandet har upprättats den 27 november 2026 och bygger på en självbedömning med automatiska tester (axe) samt kontroller med tangentbord och skärmläsare.',
  },
})

import { defineCatalog } from '../../../i18n/feature-catalog.ts'

/**
 * The forum decisions' words, shared by the sessions page and the opportunity page (and later
 * the presentation): the six decisions and the decision form.
 */
export const decisionsCatalog = defineCatalog({
  en: {
    'decision.prioritise': 'Prioritise',
    'decision.plan': 'Start planning',
    'decision.continue': 'Continue preparation',
    'decision.hold': 'Put on hold',
    'decision.discard': 'Discard',
    'decision.noDecision': 'Discussed, no decision',
    'effect.status': 'status becomes “{status}”',
    'effect.continue': 'status stays as it is',
    'effect.noDecision': 'nothing changes',
    'form.heading': 'Forum decision',
    'form.session': 'Session: {forum}, {date}',
    'form.noSession':
      'No forum session is active. Create one or make one active on the Sessions page to record decisions.',
    'form.toSessions': 'Go to Sessions',
    'form.decision': 'Decision',
    'form.note': 'Note (rationale)',
    'form.noteCount': '{count} / {max} characters',
    'form.responsible': 'Responsible',
    'form.due': 'Due date (optional)',
    'form.clear': 'Remove the decision',
    'form.none': 'No decision recorded in this session yet.',
    'form.recorded': 'Recorded: {decision} ({effect}). Saved in this browser.',
    'form.otherExport':
      'This session was based on the export of {date}; the data shown now is from another export.',
  },
  fi: {
    'decision.prioritise': 'Priorisoidaan',
    'decision.plan': 'Aloitetaan suunnittelu',
    'decision.continue': 'Valmistelu jatkuu',
    'decision.hold': 'Jäädytetään',
    'decision.discard': 'Hylätään',
    'decision.noDecision': 'Käsitelty, ei päätöstä',
    'effect.status': 'tilaksi tulee ”{status}”',
    'effect.continue': 'tila pysyy ennallaan',
    'effect.noDecision': 'mikään ei muutu',
    'form.heading': 'Foorumin päätös',
    'form.session': 'Istunto: {forum}, {date}',
    'form.noSession':
      'Yksikään foorumin istunto ei ole käynnissä. Luo istunto tai ota se käyttöön Istunnot-sivulla, niin voit kirjata päätöksiä.',
    'form.toSessions': 'Siirry Istunnot-sivulle',
    'form.decision': 'Päätös',
    'form.note': 'Huomautus (perustelu)',
    'form.noteCount': '{count} / {max} merkkiä',
    'form.responsible': 'Vastuutaho',
    'form.due': 'Määräpäivä (valinnainen)',
    'form.clear': 'Poista päätös',
    'form.none': 'Tässä istunnossa ei ole vielä kirjattu päätöstä.',
    'form.recorded': 'Kirjattu: {decision} ({effect}). Tallennettu tähän selaimeen.',
    'form.otherExport':
      'Tämä istunto perustui {date} tehtyyn vientiin; nyt näkyvä aineisto on toisesta viennistä.',
  },
  sv: {
    'decision.prioritise': 'Prioriteras',
    'decision.plan': 'Planeringen inleds',
    'decision.continue': 'Beredningen fortsätter',
    'decision.hold': 'Läggs på is',
    'decision.discard': 'Avförs',
    'decision.noDecision': 'Behandlad, inget beslut',
    'effect.status': 'status blir ”{status}”',
    'effect.continue': 'status förblir oförändrad',
    'effect.noDecision': 'inget ändras',
    'form.heading': 'Forumets beslut',
    'form.session': 'Session: {forum}, {date}',
    'form.noSession':
      'Ingen forumsession är aktiv. Skapa en session eller aktivera en på sidan Sessioner för att protokollföra beslut.',
    'form.toSessions': 'Till sidan Sessioner',
    'form.decision': 'Beslut',
    'form.note': 'Anteckning (motivering)',
    'form.noteCount': '{count} / {max} tecken',
    'form.responsible': 'Ansvarig',
    'form.due': 'Tidsfrist (valfri)',
    'form.clear': 'Ta bort beslutet',
    'form.none': 'Inget beslut har protokollförts i den här sessionen ännu.',
    'form.recorded': 'Protokollfört: {decision} ({effect}). Sparat i den här webbläsaren.',
    'form.otherExport':
      'Sessionen grundades på exporten från {date}; data som visas nu kommer från en annan export.',
  },
})

import type { ChangeableField } from '../../../domain/contribution/changes';
import type { TeamFileErrorCode } from '../../../domain/contribution/file-error';

export const contributions = {
  title: 'Bijdragen van het team',
  intro:
    'Nodig teamleden uit met een uitnodigingsbestand en lees hun bijdragen in. Alles gaat via bestanden: er is geen server, niets verlaat je toestel.',
  onlyTeam:
    'Bijdragen inlezen kan alleen in een teamzelfevaluatie. Deze zelfevaluatie is een individuele reflectie.',
  invitationTitle: 'Open uitnodiging',
  invitationExplanation:
    'Een teamlid opent de uitnodiging in Leersteunspiegel op het eigen toestel, beoordeelt de verwachtingen van deze zelfevaluatie en stuurt een bijdragebestand terug. Deze uitnodiging is voor iedereen; een persoonlijke uitnodiging per deelnemer download je bij Deelnemers. Een bijdrage op een persoonlijke uitnodiging komt vanzelf bij de juiste deelnemer terecht.',
  deadlineSaved: 'De termijn is bewaard; ook de persoonlijke uitnodigingen vragen de bijdrage tegen die dag.',
  deadlineCleared: 'Er is geen termijn meer.',
  rolesLegend: 'Rollen waaruit een teamlid kiest',
  rolesMissing: 'Kies minstens één rol.',
  anonymousLabel: 'Anonieme bijdragen toestaan',
  anonymousHint:
    'Een anonieme bijdrage draagt geen naam. In deze zelfevaluatie verschijnt ze als "Anoniem 1", "Anoniem 2" …',
  anonymousSaved: (allowed: boolean): string =>
    allowed ? 'Anonieme bijdragen zijn nu toegestaan.' : 'Anonieme bijdragen zijn nu niet toegestaan.',
  deadlineLabel: 'Graag terug tegen (niet verplicht)',
  downloadInvitation: 'Uitnodiging downloaden',
  invitationDone: (fileName: string): string =>
    `Uitnodiging gedownload: ${fileName}. Bezorg ze aan je teamleden.`,
  importTitle: 'Bijdragen inlezen',
  filesLabel: 'Kies bijdragebestanden (.json of versleuteld .json.enc), gerust tientallen tegelijk',
  dropHint: 'Of sleep de bestanden naar dit vak.',
  progress: (read: number, total: number): string => `${read} van ${total} gelezen`,
  planTitle: 'Wat wordt er ingelezen?',
  planPersonal: (count: number): string => `Op een persoonlijke uitnodiging, bij hun deelnemer (${count})`,
  personalEntry: (who: string, role: string, fileName: string): string => `${who} (${role}) — ${fileName}`,
  planMatch: (count: number): string => `Van de open uitnodiging: wie is het? (${count})`,
  matchLegend: (who: string, role: string, fileName: string, question: string): string =>
    `${who} (${role}) — ${fileName}. ${question}`,
  isThisQuestion: (name: string, role: string): string => `Is dit ${name}, ${role}?`,
  whoIsIt: 'Wie van je lijst is het?',
  isThis: (name: string, role: string): string => `Ja, dit is ${name}, ${role}`,
  someoneNew: 'Nee, iemand anders: voeg toe als nieuwe deelnemer',
  notNow: 'Nog niet inlezen',
  planNew: (count: number): string => `Nieuw (${count})`,
  planReplacements: (count: number): string =>
    `Nieuwe versie van een bijdrage die al ingelezen is (${count})`,
  planSkipped: (count: number): string => `Niet ingelezen (${count})`,
  newEntry: (who: string, role: string, fileName: string): string => `${who} (${role}) — ${fileName}`,
  anonymousContributor: 'anonieme bijdrage',
  replacementLegend: (who: string, fileName: string): string => `${who} — ${fileName}`,
  olderWarning: 'Let op: dit bestand is ouder dan de bijdrage die al ingelezen is.',
  confirmReplace: (who: string): string => `Vervang de vorige bijdrage van ${who}`,
  nameChange: (from: string, to: string): string => `naam: ${from} → ${to}`,
  roleChange: (from: string, to: string): string => `rol: ${from} → ${to}`,
  anonymousChange: (to: boolean): string => (to ? 'wordt nu anoniem' : 'niet langer anoniem'),
  ratingChange: (code: string, from: string, to: string): string => `${code}: ${from} → ${to}`,
  fieldsChange: (code: string, fields: string): string => `${code}: ${fields} gewijzigd`,
  fields: {
    justification: 'verantwoording',
    strengths: 'sterktes',
    pointsToDevelop: 'ontwikkelpunten',
    supportLevels: 'ondersteuningsniveaus',
    goodPractice: 'goede praktijk',
  } satisfies Record<ChangeableField, string>,
  importButton: (count: number): string =>
    count === 1 ? '1 bijdrage inlezen' : `${count} bijdragen inlezen`,
  nothingToImport: 'Er valt niets in te lezen.',
  cancel: 'Annuleren',
  writing: 'Bijdragen worden ingelezen…',
  summaryTitle: 'Klaar met inlezen',
  summary: (landed: number, added: number, replaced: number, skipped: number): string =>
    `${landed > 0 ? `${landed} bij hun deelnemer, ` : ''}${added} toegevoegd, ${replaced} vervangen, ${skipped} overgeslagen.`,
  alias: (number: number): string => `Anoniem ${number}`,
  skipped: {
    otherCycle: (file: string, title: string, schoolYear: string): string =>
      `${file}: deze bijdrage hoort bij een andere zelfevaluatie ("${title}", ${schoolYear}), niet bij deze. Lees ze in bij die zelfevaluatie.`,
    duplicate: (file: string, kept: string): string =>
      `${file}: een tweede bestand van dezelfde persoon in deze selectie. Het nieuwste (${kept}) wordt gebruikt.`,
    unchanged: (file: string, who: string): string =>
      `${file}: deze bijdrage van ${who} is al ingelezen; er is niets veranderd.`,
    notConfirmed: (file: string, who: string): string =>
      `${file}: de vorige bijdrage van ${who} is behouden (vervangen niet bevestigd).`,
    notMatched: (file: string, who: string): string =>
      `${file} (${who}): niet ingelezen, want je koos nog niet wie het is. Lees het bestand opnieuw in om te kiezen.`,
  },
  fileErrors: {
    tooLarge: 'dit bestand is te groot voor een bijdrage of uitnodiging.',
    notText: 'dit is geen bestand van Leersteunspiegel (het is geen tekstbestand).',
    notJson: 'dit bestand is beschadigd of onvolledig (geen geldige JSON).',
    notOurs: 'dit is geen bestand van Leersteunspiegel.',
    newerVersion:
      'dit bestand komt uit een nieuwere versie van Leersteunspiegel. Herlaad de pagina om de nieuwste versie te krijgen en probeer opnieuw.',
    invalid: 'sommige gegevens in dit bestand zijn ongeldig:',
    locked:
      'dit bestand is versleuteld en werd niet geopend: zonder de wachtwoordzin kan het niet worden ingelezen.',
    wrongPassphrase:
      'de wachtwoordzin past niet bij dit versleutelde bestand. Vraag de indiener welke wachtwoordzin gekozen werd. (Klopt ze zeker, dan werd het begin van het bestand gewijzigd.)',
    tampered:
      'dit versleutelde bestand is beschadigd of werd na het versleutelen gewijzigd. Vraag de indiener om de bijdrage opnieuw te exporteren.',
  } satisfies Record<Exclude<TeamFileErrorCode, 'otherKind'>, string>,
  // otherKind: the file is the other team file; these say which, and where it belongs.
  isInvitation:
    'dit is een uitnodiging, geen bijdrage. Een teamlid opent ze bij "Zelfevaluaties" op het eigen toestel.',
  isContribution:
    'dit is een bijdrage, geen uitnodiging. De coördinator leest ze in bij "Bijdragen" van de teamzelfevaluatie.',
  isAnswerFile:
    'dit is een antwoordbestand van een bevraging. Lees het in bij "Link en QR-code" van die bevraging (Bevragingen).',
  problem: (field: string, message: string): string => (field ? `veld "${field}": ${message}` : message),
  receivedTitle: 'Wie antwoordde al?',
  receivedEmpty:
    'Er zijn nog geen deelnemers. Voeg ze toe bij Deelnemers en download daar hun persoonlijke uitnodiging.',
  receivedCaption: 'Ingelezen bijdragen en wie nog niet antwoordde, per deelnemer',
  columns: {
    participant: 'Deelnemer',
    role: 'Rol',
    invited: 'Uitgenodigd',
    contribution: 'Bijdrage',
    rated: 'Beoordeeld',
    ratings: 'Oordelen',
  },
  invitedPersonal: (when: string): string => `persoonlijk, ${when}`,
  invitedOpen: 'open uitnodiging',
  notInvited: 'nog niet persoonlijk',
  received: (when: string, version: number, exportedAt: string): string =>
    `ontvangen ${when} (versie ${version}, gemaakt ${exportedAt})`,
  receivedAnonymously: 'ontvangen (anoniem)',
  ratesHere: 'beoordeelt in deze zelfevaluatie',
  notYet: 'nog niet',
  notSingledOut: 'niet apart getoond',
  anonymousCounted:
    'Eén bijdrage is anoniem, tussen bijdragen met naam. Ze telt mee in de spreiding en de consensus, maar wordt hier niet apart getoond: in een klein team zou ze anders herkenbaar zijn.',
  reminderTitle: 'Herinnering',
  waitingFor: (names: string): string => `Nog geen antwoord van: ${names}.`,
  everyoneAnswered: 'Iedereen op de lijst heeft geantwoord.',
  reminderLabel: 'Herinnering om te kopiëren',
  reminder: (title: string, deadline: string | undefined): string =>
    `Beste collega,\n\nVoor onze zelfevaluatie "${title}" wacht ik nog op je bijdrage${deadline ? `, graag tegen ${deadline}` : ''}. Open de uitnodiging die je van mij kreeg in Leersteunspiegel, beoordeel de verwachtingen en stuur me het bijdragebestand terug. Lukt het niet of heb je de uitnodiging niet meer, laat het me weten.\n\nDank je!`,
  copy: 'Tekst kopiëren',
  copied: 'De herinnering is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet; selecteer de tekst en kopieer hem zelf.',
  rated: (count: number, total: number): string => `${count} van ${total}`,
  showRatings: (who: string): string => `Oordelen van ${who}`,
} as const;

import type { PersonalColumn } from '../../../domain/survey/spreadsheet/personal-columns';
import { plural } from '../plural';

export const spreadsheets = {
  title: 'Microsoft Forms of Google Forms',
  intro:
    'Bevraag je met Microsoft Forms of Google Forms? Bouw de vragenlijst daar na met de download hieronder, en lees de resultaten daarna hier in. Namen, e-mailadressen en tijdstippen worden nooit bewaard.',
  pageTitle: (group: string): string => `Bevraging van ${group}: Microsoft Forms of Google Forms`,
  // Export.
  exportTitle: '1. De vragenlijst naar het formulier brengen',
  exportMicrosoft:
    'Microsoft Forms: download het Word-bestand en kies in Microsoft Forms "Snel importeren" (Quick import). Controleer daarna of elke stelling een keuzevraag is met de antwoorden zoals in het bestand.',
  exportGoogle:
    'Google Forms kan geen bestand inlezen: kopieer de tekst en plak bij elke vraag de antwoorden in het eerste antwoordvak; elke regel wordt een antwoord.',
  exportKeep:
    'Laat het nummer en de woorden van elke stelling en de antwoorden staan zoals ze zijn: zo herkent Leersteunspiegel de resultaten.',
  downloadWord: 'Word-bestand voor Microsoft Forms',
  downloadText: 'Tekst voor Google Forms',
  downloading: 'Bezig met maken…',
  downloaded: (fileName: string): string => `${fileName} is gedownload.`,
  // Import.
  importTitle: '2. De resultaten inlezen',
  importHint:
    'Microsoft Forms: kies bij Antwoorden "Openen in Excel" en bewaar het .xlsx-bestand. Google Forms: kies bij Antwoorden ⋮ en dan "Antwoorden downloaden (.csv)". Een eigen .csv uit Excel kan ook.',
  file: 'Resultatenbestand (.xlsx of .csv)',
  reading: 'Bezig met lezen…',
  finished:
    'Deze bevraging neemt geen antwoorden meer aan: ze is afgesloten of de periode is voorbij. Resultaten inlezen kan alleen zolang ze loopt.',

  fileRefused: (fileName: string, why: string): string => `${fileName}: ${why} Er is niets bewaard.`,

  // Mapping.
  mappingTitle: (fileName: string): string => `Kolommen van ${fileName}`,
  mappingHint:
    'Leersteunspiegel koppelde elke kolom aan een stelling of open vraag. Klopt iets niet, kies dan hieronder de juiste.',
  dropped: 'Weggelaten kolommen: deze worden niet bewaard',
  droppedNone: 'Er zijn geen kolommen met namen, e-mailadressen of tijdstippen gevonden.',
  droppedWhy: {
    name: 'namen',
    email: 'e-mailadressen',
    time: 'tijdstippen',
    sequence: 'volgnummers',
  } satisfies Record<PersonalColumn, string>,
  droppedColumn: (header: string, why: string): string => `"${header}" (${why})`,
  columnsLegend: 'Wat staat in elke kolom?',
  columnLabel: (header: string): string => `Kolom "${header}"`,
  unused: 'niet gebruiken',
  statementOption: (number: number, text: string): string => `Stelling ${number}: ${text}`,
  openOption: (text: string): string => `Open vraag: ${text}`,
  usedTwice: (what: string): string =>
    `Twee kolommen zijn gekoppeld aan "${what}". Kies voor één ervan iets anders.`,
  nothingUsed: 'Geen enkele kolom is gekoppeld aan een stelling of open vraag.',
  wordsLegend: 'Welk antwoord is welk antwoord op de schaal?',
  wordLabel: (text: string): string => `Antwoord "${text}"`,
  chooseWord: 'kies…',
  leftOpen: 'niet ingevuld',
  unknownTitle: 'Deze antwoorden herkent Leersteunspiegel niet:',
  unknownCell: (row: number, header: string, text: string): string =>
    `rij ${row}, kolom "${header}": "${text}"`,
  unknownMore: (count: number): string => `en nog ${plural(count, 'cel', 'cellen')}.`,
  unknownChoice:
    'Kies hierboven bij elk onbekend antwoord wat het betekent, of vink aan dat ze als niet ingevuld tellen.',
  unknownLeftOpen: 'Onbekende antwoorden tellen als niet ingevuld',
  // Preview and confirmation.
  previewTitle: 'Wat er bijkomt',
  previewSummary: (responses: number, empty: number): string =>
    `${plural(responses, 'respondent', 'respondenten')} met antwoorden${empty > 0 ? `; ${plural(empty, 'lege rij', 'lege rijen')} blijven weg` : ''}.`,
  previewStatement: 'Stelling',
  previewDontKnow: 'weet ik niet',
  previewLeftOpen: 'niet ingevuld',
  confirm: (responses: number): string => `${plural(responses, 'antwoord', 'antwoorden')} bewaren`,
  saving: 'Bezig met bewaren…',
  saved: (responses: number, fileName: string): string =>
    `${plural(responses, 'respondent', 'respondenten')} uit ${fileName} bewaard.`,
  cancel: 'Ander bestand kiezen',
} as const;

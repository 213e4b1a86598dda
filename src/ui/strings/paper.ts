/** Interface text of a bevraging on paper: the printable form's page and the entry grid. */

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

export const paper = {
  code: 'Code',
  codeHint:
    'Deze code staat op elke bladzijde van het papieren formulier, zodat een losse bladzijde bij de juiste stapel komt.',
  // The printable form.
  printTitle: 'Vragenlijst op papier',
  printIntro:
    'Druk de vragenlijst van deze bevraging af (of bewaar ze als pdf), of download ze als Word-bestand. Er staat geen naamveld op: ook op papier blijft elk antwoord anoniem.',
  print: 'Afdrukken',
  printHint: 'Kies in het afdrukvenster "Opslaan als pdf" voor een pdf-bestand.',
  word: 'Word-bestand downloaden',
  wordBusy: 'Bezig met het Word-bestand…',
  wordDone: (name: string): string => `${name} is gedownload.`,
  wordFileName: (title: string, code: string): string => `${title} ${code}.docx`,
  toEntry: 'Ingevulde formulieren invoeren',
  formPreview: 'Zo ziet het formulier eruit',
  // The entry grid.
  entryTitle: 'Papieren formulieren invoeren',
  entryIntro:
    'Typ een stapel ingevulde formulieren snel in met het toetsenbord: één rij per formulier, één cijfer per stelling.',
  entryFor: (group: string): string => `Bevraging van ${group}`,
  howTo: 'Zo typ je een formulier in',
  howToDigits: 'Per stelling het cijfer naast het aangekruiste vakje:',
  howToOpen: 'spatie of - : de stelling bleef open',
  howToMove: 'Na elk cijfer spring je vanzelf naar de volgende stelling. Met Backspace ga je terug.',
  howToStore: 'Enter bewaart het formulier en begint een nieuw.',
  form: (number: number): string => `Formulier ${number}`,
  fixForm: (number: number): string => `Formulier ${number} verbeteren`,
  /** What a screen reader hears on a cell: the form and the statement's number. */
  cell: (form: number, statement: number): string => `Formulier ${form}, stelling ${statement}`,
  cellPrefix: (form: number): string => `Formulier ${form}, stelling `,
  openPrefix: (form: number): string => `Formulier ${form}: `,
  store: 'Formulier bewaren',
  storeFix: 'Verbetering bewaren',
  cancelFix: 'Annuleren',
  storing: 'Bezig met bewaren…',
  stored: (number: number): string => `Formulier ${number} is bewaard. Typ het volgende formulier.`,
  fixed: (number: number): string => `Formulier ${number} is verbeterd.`,
  removed: (number: number): string => `Formulier ${number} is verwijderd.`,
  wrongKey: (key: string, statement: number, points: number): string =>
    `"${key}" kan niet bij stelling ${statement}: typ 1 tot ${points}, 0 voor "weet ik niet", of een spatie als de stelling open bleef.`,
  untyped: (numbers: readonly number[]): string =>
    numbers.length === 1
      ? `Nog niet bewaard: stelling ${numbers[0]} is nog leeg. Typ een spatie als ze op het formulier open bleef.`
      : `Nog niet bewaard: stelling ${numbers.join(', ')} zijn nog leeg. Typ een spatie voor een stelling die op het formulier open bleef.`,
  blank: 'Nog niet bewaard: dit formulier is helemaal leeg. Een leeg formulier is geen antwoord.',
  storedTitle: 'Ingevoerde formulieren',
  storedNone: 'Nog geen formulieren ingevoerd.',
  storedColumns: { form: 'Formulier', cells: 'Cijfers', open: 'Open antwoorden', actions: 'Acties' },
  fix: 'Verbeteren',
  remove: 'Verwijderen',
  confirmRemove: (number: number): string => `Formulier ${number} verwijderen?`,
  confirmRemoveYes: 'Ja, verwijderen',
  confirmRemoveNo: 'Nee',
  totalsTitle: 'Totalen tot nu toe',
  totalsHint:
    'Per stelling hoe vaak elk cijfer getypt is, in de bewaarde formulieren en het formulier dat je nu typt. Alleen de papieren formulieren tellen hier mee.',
  statement: (number: number): string => `Stelling ${number}`,
  leftOpen: 'open',
  finished:
    'Deze bevraging is afgesloten of haar periode is voorbij: er kunnen geen formulieren meer bij, en de ingevoerde kunnen niet meer veranderen.',
  closedCycle: 'Deze zelfevaluatie is afgesloten: er kunnen geen formulieren meer bij.',
  // On the bevraging's card.
  onPaper: (count: number): string => `${plural(count, 'formulier', 'formulieren')} op papier ingevoerd`,
  paperLink: 'Op papier',
  entryLink: 'Papieren formulieren invoeren',
} as const;

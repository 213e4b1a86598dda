const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** Interface text of the evidence views. */

export const evidence = {
  title: 'Bronnen',
  intro:
    'Verzamel wat laat zien hoe je werkt — documenten, cijfers, observaties, bevragingen, gesprekken — en koppel elke bron aan de verwachtingen waarover ze iets zegt. Bijlagen blijven op dit toestel.',
  add: 'Nieuwe bron toevoegen',
  addFor: (code: string): string => `Nieuwe bron bij ${code} toevoegen`,
  listTitle: 'Bronnen van deze zelfevaluatie',
  count: (shown: number, total: number): string => `${shown} van ${plural(total, 'bron', 'bronnen')}`,
  empty: 'Er zijn nog geen bronnen in deze zelfevaluatie.',
  emptyWhy:
    'Een bron onderbouwt een oordeel: een verslag, cijfers, een observatie, een bevraging, een gesprek. Laat bij elke verwachting liefst meer dan één stem aan het woord — leerlingen, ouders, leraren, schoolteams, partners … Zo steunt een oordeel niet op één perspectief (triangulatie).',
  ideas: 'Ideeën nodig? Bij elke verwachting in het referentiekader staan mogelijke bronnen:',
  ideasFor: (code: string): string => `Mogelijke bronnen bij ${code} in het referentiekader`,
  noMatch: 'Geen bronnen die aan deze filters voldoen.',
  /** While a long list is still being filled in, below what it shows. */
  loadingMore: 'De overige bronnen worden geladen…',
  saved: (title: string): string => `Bron "${title}" is bewaard.`,
  savedOutsideFilter: (title: string): string =>
    `Bron "${title}" is bewaard. Ze valt buiten de gekozen filters; wis de filters om ze te zien.`,
} as const;

export const evidenceFilters = {
  legend: 'Bronnen filteren',
  expectation: 'Verwachting',
  allExpectations: 'Alle verwachtingen',
  kind: 'Soort',
  allKinds: 'Alle soorten',
  voice: 'Stem',
  allVoices: 'Alle stemmen',
  clear: 'Filters wissen',
} as const;

export const evidenceItem = {
  kind: 'Soort',
  voices: 'Stemmen',
  date: 'Datum',
  expectations: 'Verwachtingen',
  link: 'Link',
  attachments: 'Bijlagen',
  edit: 'Bewerken',
  delete: 'Verwijderen',
  confirmDelete: (title: string, files: number): string =>
    files === 0
      ? `Bron "${title}" verwijderen? Dat kan niet ongedaan worden gemaakt.`
      : `Bron "${title}" en ${plural(files, 'bijlage', 'bijlagen')} verwijderen? Dat kan niet ongedaan worden gemaakt.`,
  confirmYes: 'Ja, verwijderen',
  cancel: 'Annuleren',
  deleting: 'Bezig met verwijderen…',
  deleted: (title: string): string => `Bron "${title}" is verwijderd.`,
} as const;

export const evidenceAttachments = {
  view: 'Bekijken',
  download: 'Downloaden',
  remove: 'Weghalen',
  undoRemove: 'Toch houden',
  removed: 'wordt verwijderd bij bewaren',
  pending: 'wordt toegevoegd bij bewaren',
} as const;

export const evidenceForm = {
  newTitle: 'Nieuwe bron',
  editTitle: 'Bron bewerken',
  title: 'Titel',
  titleHint: 'Bijvoorbeeld "Verslag leersteunraad november" of "Bevraging ouders 2026".',
  kind: 'Soort bron',
  voices: 'Wiens stem laat deze bron horen?',
  voicesHint: 'Kies alles wat past. Meer stemmen over een verwachting geven een vollediger beeld.',
  date: 'Datum (niet verplicht)',
  dateHint: 'Wanneer de bron gemaakt of verzameld werd.',
  description: 'Beschrijving',
  descriptionHint: 'Wat staat erin en wat toont het? Schrijf geen namen van leerlingen.',
  link: 'Link (niet verplicht)',
  linkHint: 'Een webadres dat begint met https://, bijvoorbeeld naar het document op je (gedeelde) schijf.',
  expectations: 'Over welke verwachtingen zegt deze bron iets?',
  files: 'Bijlagen toevoegen (niet verplicht)',
  filesHint: (limit: string): string =>
    `PDF, afbeelding (PNG, JPG, GIF, WebP), Word, Excel, PowerPoint, OpenDocument, tekst of CSV; hoogstens ${limit} per bestand. Je kunt meer bestanden tegelijk kiezen.`,
  /** After a closed tab or a reload: the files chosen then are not kept (only what was typed is), so choose again. */
  filesToChooseAgain: (names: readonly string[]): string =>
    `Je had ${plural(names.length, 'bestand', 'bestanden')} gekozen (${names.join(', ')}); kies ${names.length === 1 ? 'het' : 'ze'} opnieuw.`,
  filesRefused: 'Niet toegevoegd — de rest van je invoer blijft staan:',
  fileTooLarge: (name: string, size: string, limit: string): string =>
    `"${name}" is te groot (${size}). Een bijlage mag hoogstens ${limit} zijn; zet een groter bestand op je (gedeelde) schijf en voeg een link toe.`,
  fileWrongType: (name: string): string =>
    `"${name}" is geen toegelaten soort bestand. Kies een PDF, een afbeelding, een kantoordocument, een tekst- of een CSV-bestand.`,
  save: 'Bewaren',
  saving: 'Bezig met bewaren…',
  cancel: 'Annuleren',
  errorSummary: 'Nog niet alles is in orde:',
  errors: {
    title: 'Geef de bron een titel.',
    titleTooLong: 'Deze titel is te lang. Hou hem kort en zet de rest in de beschrijving.',
    description: (max: number): string =>
      `Maak de beschrijving korter: hoogstens ${max.toLocaleString('nl-BE')} tekens.`,
    link: 'Dit is geen geldig webadres. Een webadres begint met https:// of http://, bijvoorbeeld https://www.voorbeeld.be/verslag.pdf.',
    expectations: 'Kies minstens één verwachting waarover deze bron iets zegt.',
  },
} as const;

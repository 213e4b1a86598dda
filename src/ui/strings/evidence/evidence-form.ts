import { plural } from '../plural';
import { formatDecimal } from '../../../domain/dutch-number';

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
      `Maak de beschrijving korter: hoogstens ${formatDecimal(max, 0)} tekens.`,
    link: 'Dit is geen geldig webadres. Een webadres begint met https:// of http://, bijvoorbeeld https://www.voorbeeld.be/verslag.pdf.',
    expectations: 'Kies minstens één verwachting waarover deze bron iets zegt.',
  },
} as const;

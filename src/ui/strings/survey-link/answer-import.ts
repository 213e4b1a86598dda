import { plural } from '../plural';

/** Reading answer files back in. */
export const answerImport = {
  title: 'Antwoordbestanden inlezen',
  intro:
    'Kies alle antwoordbestanden die je terugkreeg, gerust tientallen tegelijk, of sleep ze hierheen. Je ziet eerst wat er ingelezen wordt; pas na je bevestiging worden de antwoorden bewaard.',
  choose: 'Antwoordbestanden kiezen',
  drop: 'Of sleep de bestanden naar dit vak.',
  reading: (done: number, total: number): string => `Bestand ${done} van ${total} gelezen…`,
  planTitle: 'Wat er ingelezen wordt',
  takenTitle: (count: number): string => `${plural(count, 'antwoord', 'antwoorden')} klaar om in te lezen`,
  refusedTitle: (count: number): string => `${plural(count, 'bestand', 'bestanden')} niet ingelezen`,
  nothingTaken: 'Geen van deze bestanden kan ingelezen worden.',
  confirm: (count: number): string => `${plural(count, 'antwoord', 'antwoorden')} bewaren`,
  cancel: 'Annuleren',
  close: 'Sluiten',
  saving: 'De antwoorden worden bewaard…',
  saved: (count: number): string => `${plural(count, 'antwoord', 'antwoorden')} bewaard.`,
  answered: 'Antwoorden tot nu toe',
  fileErrors: {
    tooLarge: 'dit bestand is veel groter dan een antwoordbestand.',
    notText: 'dit is geen antwoordbestand (het is geen tekstbestand).',
    notJson:
      'dit bestand is beschadigd of onvolledig. Vraag de respondent het antwoordbestand opnieuw te sturen.',
    notOurs: 'dit is geen antwoordbestand van Leersteunspiegel.',
    otherKind:
      'dit is een ander soort bestand van Leersteunspiegel (een bijdrage of uitnodiging), geen antwoordbestand.',
    newerVersion:
      'dit bestand komt uit een nieuwere versie van Leersteunspiegel. Herlaad de pagina om de nieuwste versie te krijgen en probeer opnieuw.',
    invalid: 'sommige gegevens in dit antwoordbestand zijn ongeldig.',
    tampered:
      'dit antwoordbestand werd beschadigd of achteraf gewijzigd: de inhoud past niet meer bij de controlecode. Vraag de respondent het oorspronkelijke bestand te sturen.',
    locked: 'dit bestand is versleuteld; een antwoordbestand is dat nooit.',
    wrongPassphrase: 'dit bestand is versleuteld; een antwoordbestand is dat nooit.',
  },
  otherSurvey: (fileName: string): string =>
    `${fileName}: dit antwoord hoort bij een andere bevraging. Lees het in bij die bevraging.`,
  otherStatements: (fileName: string): string =>
    `${fileName}: de stellingen van deze bevraging werden gewijzigd nadat de link verstuurd werd. Dit antwoord hoort bij de oude stellingen en telt daarom niet mee.`,
  known: (fileName: string): string =>
    `${fileName}: dit antwoordbestand werd al eerder ingelezen. Het telt maar één keer mee.`,
  duplicate: (fileName: string, kept: string): string =>
    `${fileName}: dit is een kopie van ${kept}, dat al ingelezen wordt. Het telt maar één keer mee.`,
  closed: (fileName: string): string =>
    `${fileName}: deze bevraging is afgesloten. Er kunnen geen antwoorden meer bij.`,
  periodOver: (fileName: string, lastDay: string): string =>
    `${fileName}: de periode van deze bevraging liep tot ${lastDay}. Verleng de periode (knop "Bewerken" bij de bevraging) om dit antwoord toch in te lezen.`,
};

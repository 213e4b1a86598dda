/**
 * Interface text of the panel "Wat zeggen scholen, leraren, ouders en leerlingen?" on the rating and consensus
 * pages, and of a bevraging listed as a source.
 */
import { respondentGroups } from './questionnaires';
import { once } from '../../domain/once';

type Group = keyof typeof respondentGroups;

const MONTHS = [
  'jan.',
  'feb.',
  'mrt.',
  'apr.',
  'mei',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'okt.',
  'nov.',
  'dec.',
];

/** `2027-01-05`–`2027-02-20` as "jan.–feb. 2027": short enough for a list of sources. */
function monthSpan(startDate: string, endDate: string): string {
  const [startYear, startMonth] = startDate.split('-').map(Number);
  const [endYear, endMonth] = endDate.split('-').map(Number);
  const month = (m: number | undefined) => MONTHS[(m ?? 1) - 1] ?? '';
  if (startYear !== endYear) return `${month(startMonth)} ${startYear}–${month(endMonth)} ${endYear}`;
  if (startMonth === endMonth) return `${month(startMonth)} ${startYear}`;
  return `${month(startMonth)}–${month(endMonth)} ${endYear}`;
}

const percent = once(() => new Intl.NumberFormat('nl-BE', { style: 'percent', maximumFractionDigits: 0 }));

export const voicesPanel = {
  title: 'Wat zeggen scholen, leraren, ouders en leerlingen?',
  /** A bevraging as the sources list names it: "Bevraging ouders (jan.–feb. 2027)". */
  surveyTitle: (group: Group, startDate: string, endDate: string): string =>
    `Bevraging ${respondentGroups[group]} (${monthSpan(startDate, endDate)})`,
  sourcesTitle: 'Bevragingen',
  sourcesIntro:
    'Elke bevraging telt als bron, met de stem van wie ze bevraagt. Je zet ze op en sluit ze af bij de bevragingen.',
  none: 'Nog geen bevraging zegt iets over deze verwachting.',
  unavailable:
    'De resultaten van de bevragingen kunnen nu niet getoond worden: de vragenlijsten konden niet geladen worden. Open deze pagina nog eens met internet; daarna werken ze ook offline.',
  toSurveys: 'Vraag het aan wie je ondersteunt',
  allSurveys: 'Alle bevragingen',
  responseRate: (responses: number, asked: number): string =>
    `${responses} van ${asked} gevraagden antwoordden (${percent().format(asked > 0 ? responses / asked : 0)}).`,
  running: (endDate: string, responses: number): string =>
    `Loopt nog tot ${endDate} — ${responses} ${responses === 1 ? 'antwoord' : 'antwoorden'}. De resultaten verschijnen na afloop.`,
  oursNotice:
    'Stellingen uit onze vragenlijsten en eigen stellingen van je centrum: geen tekst uit het referentiekader.',
  ownMark: 'Eigen stelling',
  hidden: 'Te weinig antwoorden om te tonen.',
  threshold: (threshold: number): string =>
    `Een stelling met minder dan ${threshold} antwoorden tonen we niet, zodat niemand te herkennen is.`,
  agreeShare: (share: number): string => `${percent().format(share)} akkoord`,
  noneOnScale: 'Niemand koos een antwoord op de schaal.',
  dontKnow: (count: number): string => `weet ik niet: ${count}`,
  tableToggle: 'Cijfers in een tabel',
  tableCaption: (statement: string): string => `Antwoorden op: ${statement}`,
  answerColumn: 'Antwoord',
  countColumn: 'Aantal',
  earlierTitle: 'Vorige keer',
  earlier: (schoolYear: string): string => `Schooljaar ${schoolYear}`,
  earlierHidden: 'te weinig antwoorden',
  earlierFigures: (share: number, answers: number): string =>
    `${percent().format(share)} akkoord (${answers} antwoorden)`,
} as const;

import type { AgendaReason } from '../../domain/aggregation';
import { formatDecimal } from '../../domain/dutch-number';

/** A level value as a Dutch number: 2,5 for a half. */
const number = (value: number): string => formatDecimal(value);

/** Interface text of the consensus meeting: the bespreekpunten, the spread of ratings and the team's judgement. */

export const consensus = {
  memberPractice: 'Goede praktijk',
  memberPracticeNone: '(nog niet beschreven)',
  practiceToSubstantiate: 'goede praktijk nog te onderbouwen',
  title: 'Consensus',
  intro:
    'Bespreek in team waar jullie het minst eens zijn en leg per verwachting het gezamenlijke oordeel vast. De bespreekpunten staan in volgorde van meeste verschil.',
  teamOnly:
    'Een gezamenlijk oordeel is er alleen bij een teamzelfevaluatie. Bij een individuele reflectie telt je eigen beoordeling.',
  toOverview: 'Naar het overzicht',
  noAnswers:
    'Nog niemand gaf een oordeel. Laat eerst iedere deelnemer de verwachtingen beoordelen; daarna tonen de bespreekpunten waar jullie verschillen.',
  startOpen: (code: string): string => `Begin bij het eerste open bespreekpunt: ${code}`,
  allAgreed: 'Het team heeft voor elke verwachting een gezamenlijk oordeel.',
  agendaTitle: 'Bespreekpunten',
  agendaIntro:
    'Bovenaan de verwachtingen waarover het team het meest verdeeld is. Kies een bespreekpunt om de oordelen te bekijken en het gezamenlijke oordeel vast te leggen.',
  reasons: {
    split: 'Het team is verdeeld: de middelste helft van de oordelen ligt minstens één niveau uit elkaar.',
    wideSpread:
      'De meesten liggen dicht bij elkaar, maar de hoogste en de laagste liggen twee of meer niveaus uit elkaar.',
    agreement: 'Iedereen ligt binnen één niveau van elkaar.',
    fewRespondents: 'Minder dan twee deelnemers gaven een niveau: er valt nog niets te vergelijken.',
  } satisfies Record<AgendaReason, string>,
  agreedAs: (label: string): string => `Gezamenlijk oordeel: ${label}`,
  notAgreed: 'Nog geen gezamenlijk oordeel',
  median: (value: number): string => `Mediaan ${number(value)}`,
  noLevels: 'Nog geen niveaus',
  oneLevel: (level: number): string => `Eén deelnemer gaf een niveau: ${number(level)}`,
  sameLevel: (level: number): string => `Iedereen gaf niveau ${number(level)}`,
  levelRange: (min: number, max: number): string => `Van niveau ${number(min)} tot ${number(max)}`,
  middleHalf: (q1: number, q3: number): string =>
    q1 === q3 ? `middelste helft op ${number(q1)}` : `middelste helft van ${number(q1)} tot ${number(q3)}`,
  levelValue: number,
  chartsTitle: 'In één oogopslag',
  distributionTitle: 'Oordelen per verwachting',
  distributionChartLabel:
    'Gestapeld staafdiagram van het aantal deelnemers per antwoord, per verwachting. De tabel eronder geeft dezelfde aantallen.',
  distributionCaption: 'Aantal deelnemers per antwoord, per verwachting',
  disagreementTitle: 'Waar het team verschilt',
  disagreementIntro:
    'Per verwachting, in de volgorde van de bespreekpunten: hoe ver de middelste helft van de oordelen uit elkaar ligt, en hoe ver de hoogste en de laagste.',
  disagreementChartLabel:
    'Staafdiagram van het verschil in oordelen per verwachting, in de volgorde van de bespreekpunten. De tabel eronder geeft dezelfde getallen.',
  disagreementCaption: 'Verschil in oordelen per verwachting, in niveaus',
  iqrSeries: 'Middelste helft (niveaus uit elkaar)',
  rangeSeries: 'Hoogste min laagste (niveaus)',
  codeColumn: 'Verwachting',
  positionColumn: 'Bespreekpunt',
  respondentsColumn: 'Deelnemers met een niveau',
  medianColumn: 'Mediaan',
  answerColumn: 'Antwoord',
  countColumn: 'Aantal deelnemers',
  itemHeading: (position: number, total: number): string => `Bespreekpunt ${position} van ${total}`,
  pagerLabel: 'Naar een ander bespreekpunt',
  previous: 'Vorig bespreekpunt',
  next: 'Volgend bespreekpunt',
  nextOpen: 'Volgend open bespreekpunt',
  backToAgenda: 'Alle bespreekpunten',
  spreadTitle: 'Hoe het team oordeelde',
  spreadCaption: (code: string): string => `Individuele oordelen over ${code}`,
  rolesTitle: 'Per rol',
  rolesCaption: (code: string): string => `Oordelen over ${code} per rol`,
  roleColumn: 'Rol',
  rolesHidden: (roles: string): string =>
    `Niet apart getoond, zodat niemands oordeel te achterhalen is: ${roles}. Een rol verschijnt pas vanaf drie deelnemers met een niveau.`,
  membersTitle: 'Wat de deelnemers schreven',
  membersNone: 'Geen enkele deelnemer schreef iets bij deze verwachting.',
  anonymous: 'Anonieme deelnemer',
  formTitle: 'Gezamenlijk oordeel van het team',
  formIntro:
    'Leg samen het niveau vast en verantwoord het. Sterktes en ontwikkelpunten kun je samenstellen uit wat de deelnemers schreven en daarna bijwerken.',
  pickLegend: (field: string): string => `${field} uit de beoordelingen van de deelnemers`,
  pickHint: 'Vink aan wat het team overneemt; het komt onderaan in de tekst, die je daarna aanpast.',
  alreadyIn: 'staat al in de tekst',
  addPicked: (field: string): string => `Aangevinkte toevoegen aan ${field.toLocaleLowerCase('nl-BE')}`,
  added: (count: number): string =>
    count === 1 ? 'Eén uitspraak toegevoegd.' : `${count} uitspraken toegevoegd.`,
  nothingPicked: 'Vink eerst minstens één uitspraak aan.',
} as const;

import type { CycleMode } from '../../../domain/cycle';
import type { NextStep } from '../../../domain/dashboard';

/** Interface text of a cycle's overview (dashboard), the next-cycle start and the comparison of cycles. */
export const dashboard = {
  title: 'Overzicht van de zelfevaluatie',
  intro:
    'Waar staat deze zelfevaluatie? Voortgang, niveaus per rubriek, bronnen per verwachting, acties en de volgende stap.',
  phaseTitle: 'Fase',
  phasesLabel: 'Fasen van de cyclus',
  currentPhase: 'huidige fase',
  toNextPhase: (phase: string): string => `Naar de volgende fase: ${phase}`,
  toPreviousPhase: (phase: string): string => `Terug naar ${phase}`,
  phaseChanged: (phase: string): string => `De zelfevaluatie staat nu in de fase ${phase}.`,
  nextStepTitle: 'Volgende stap',
  nextSteps: {
    addParticipants:
      'Voeg de deelnemers toe: wie beoordeelt mee? Bij een teamzelfevaluatie geeft ieder eerst een eigen oordeel; download bij Deelnemers voor ieder een persoonlijke uitnodiging.',
    rate: 'Beoordeel de verwachtingen die nog open staan.',
    deliverContribution:
      'Je beoordeling is klaar. Bezorg je bijdrage aan je coördinator. Pas je later nog iets aan, bezorg ze dan opnieuw: je coördinator ziet wat er veranderde.',
    awaitRatings:
      'Jouw beoordeling is klaar, maar nog niet iedereen heeft elke verwachting beoordeeld. Lees de bijdragen van de anderen in zodra ze binnen zijn; daarna volgt de consensus.',
    moveToConsensus:
      'Iedereen heeft beoordeeld. Ga naar de consensusfase om samen tot een gedragen oordeel te komen.',
    holdConsensus: 'Bespreek de verwachtingen in team en leg het gezamenlijke oordeel vast.',
    planActions:
      'Zet de ontwikkelpunten om in acties in het actieplan: wat, wie, tegen wanneer, en waaraan zie je dat het werkt?',
    followUp: 'Volg de acties op: noteer de voortgang en evalueer wat afgerond is.',
    closeCycle: 'Alle acties zijn afgerond of afgesloten. Je kunt deze cyclus afsluiten.',
    startNextCycle: 'Deze cyclus is afgesloten. Start de zelfevaluatie van het volgende schooljaar.',
  } satisfies Record<NextStep, string>,
  nextStepLinks: {
    addParticipants: 'Naar de deelnemers',
    rate: (code: string): string => `Beoordeel ${code}`,
    deliverContribution: 'Bijdrage bezorgen',
    awaitRatings: 'Naar de bijdragen',
    holdConsensus: 'Naar de bespreekpunten',
    planActions: 'Naar het actieplan',
    startNextCycle: 'Volgend schooljaar starten',
  },
  progressTitle: 'Voortgang',
  progress: (answered: number, total: number): string => `${answered} van ${total} verwachtingen beoordeeld`,
  progressDetail: (withLevel: number, needsInformation: number, notInFocus: number): string =>
    `${withLevel} met een niveau, ${needsInformation} met "meer informatie nodig", ${notInFocus} niet in focus.`,
  ownRatingsNote: (agreed: number, total: number): string =>
    agreed === 0
      ? 'Zolang er geen gezamenlijk oordeel is, tonen de cijfers jouw eigen beoordelingen.'
      : `De cijfers tonen het gezamenlijk oordeel bij ${agreed} van ${total} verwachtingen, bij de andere jouw eigen beoordeling.`,
  levelsTitle: 'Niveaus per rubriek en deelrubriek',
  levelsChartLabel: (summary: string): string => `Staafdiagram van de niveaus per rubriek. ${summary}`,
  levelsTableCaption: 'Aantal verwachtingen per niveau, per rubriek en deelrubriek',
  groupColumn: 'Rubriek of deelrubriek',
  expectationsTitle: 'Verwachtingen',
  expectationsCaption: 'Beoordeling, bronnen en acties per verwachting',
  codeColumn: 'Verwachting',
  ratingColumn: 'Beoordeling',
  evidenceColumn: 'Bronnen',
  voicesColumn: 'Stemmen',
  actionsColumn: 'Acties',
  rateLink: (code: string): string => `${code} beoordelen`,
  coverageHints: {
    noEvidence: 'nog geen bron',
    singleVoice: 'één stem',
  },
  actionsTitle: 'Acties',
  due: (date: string): string => `tegen ${date}`,
  toActionPlan: 'Naar het actieplan',
  summaryTitle: 'Persoonlijke samenvatting',
  summaryIntro: 'Je sterktes en ontwikkelpunten zoals je ze per verwachting noteerde.',
  summaryStrengths: 'Sterktes',
  summaryPointsToDevelop: 'Ontwikkelpunten',
  summaryEmpty: 'Nog niets genoteerd.',
  nextCycleTitle: 'Volgend schooljaar starten',
  nextCycleIntro: (schoolYear: string): string =>
    `Start een nieuwe cyclus voor ${schoolYear} met dezelfde verwachtingen en dezelfde werkwijze. Kies welke open acties en bronnen meegaan.`,
  successorExists: (title: string, schoolYear: string): string =>
    `Het volgende schooljaar is al gestart: "${title}" (${schoolYear}). De open acties die meegingen, staan daar.`,
  openSuccessor: 'Open de zelfevaluatie van het volgende schooljaar',
  secondSummary: 'Toch een tweede zelfevaluatie voor het volgende schooljaar starten',
  secondWarning: (schoolYear: string): string =>
    `Er komt dan een tweede, aparte zelfevaluatie voor ${schoolYear} bij, naast de bestaande. Acties die al meegingen, gaan niet opnieuw mee.`,
  secondConfirm: (schoolYear: string): string => `Ik wil een tweede zelfevaluatie voor ${schoolYear}.`,
  carryOverLegend: 'Open acties die meegaan',
  carryOverHint:
    'Een actie houdt haar status (ook "uitgesteld") en wordt gemarkeerd als overgenomen. Is de einddatum voorbij, bevestig dan een nieuwe.',
  newDueDate: (title: string): string => `Nieuwe einddatum voor "${title}"`,
  oldDueDate: (date: string): string => `De vorige einddatum (${date}) is voorbij.`,
  noOpenActionsToCarry: 'Er zijn geen open acties om mee te nemen.',
  carryEvidenceSummary: (chosen: number, total: number): string =>
    `Kies de bronnen die meegaan (${chosen} van ${total} gekozen)`,
  carryEvidenceLegend: 'Bronnen die meegaan',
  carryEvidenceHint:
    'Bijvoorbeeld een visietekst of een jaarlijks cijfer. De bron en haar bijlagen worden gekopieerd.',
  noEvidenceToCarry: 'Deze zelfevaluatie heeft geen bronnen.',
  nextCycleButton: 'Nieuwe cyclus starten',
  secondCycleButton: 'Tweede cyclus starten',
  nextCycleBusy: 'Nieuwe cyclus wordt aangemaakt…',
  successorOpened: 'Het volgende schooljaar bestond al; die zelfevaluatie wordt geopend.',
  deleteTitle: 'Deze zelfevaluatie verwijderen',
  deleteExplanation: {
    team: 'Verwijdert de cyclus met alle beoordelingen, deelnemers, bronnen (met bijlagen) en acties. Maak eerst een back-up als je twijfelt.',
    individual:
      'Verwijdert de cyclus met al je beoordelingen, bronnen (met bijlagen) en acties. Maak eerst een back-up als je twijfelt.',
  } satisfies Record<CycleMode, string>,
  deleteConfirm: 'Ik begrijp dat deze zelfevaluatie met alles erin verdwijnt.',
  deleteButton: 'Zelfevaluatie verwijderen',
  deleteBusy: 'Verwijderen…',
} as const;

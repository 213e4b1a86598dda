import type { PersonalDataKind } from '../../../domain/privacy/find-personal-data';
import type { PersonalDataLocation } from '../../../domain/privacy/scan-records';
import { respondentGroups } from '../questionnaires';

type Located<R extends PersonalDataLocation['record']> = Extract<PersonalDataLocation, { record: R }>;

/** Names of the fields a finding can be in, as the forms label them. */
const privacyFieldLabels = {
  assessment: {
    justification: 'Verantwoording',
    strengths: 'Sterktes',
    pointsToDevelop: 'Ontwikkelpunten',
    goodPractice: 'Goede praktijk',
  } satisfies Record<Located<'assessment'>['field'], string>,
  evidence: { title: 'titel', description: 'beschrijving', link: 'link' } satisfies Record<
    Located<'evidence'>['field'],
    string
  >,
  action: {
    title: 'titel',
    goal: 'doel',
    successIndicator: 'succesindicator',
    owner: 'trekker',
    evaluation: 'evaluatie',
    progress: 'voortgang',
  } satisfies Record<Located<'action'>['field'], string>,
} as const;

export const personalData = {
  checking: 'Controleren op persoonsgegevens…',
  found: 'Er staan mogelijk persoonsgegevens in deze export. Bekijk ze hieronder voor je verdergaat.',
  title: 'Mogelijke persoonsgegevens',
  intro: (count: number): string =>
    `We vonden ${count === 1 ? 'één stuk tekst dat lijkt' : `${count} stukken tekst die lijken`} op persoonsgegevens. Over leerlingen, ouders en collega's hoort in een zelfevaluatie zelden een rijksregisternummer, e-mailadres of telefoonnummer. Haal ze weg waar ze niet nodig zijn, of ga bewust verder.`,
  listLabel: 'Gevonden persoonsgegevens',
  kinds: {
    nationalRegisterNumber: 'rijksregisternummer',
    email: 'e-mailadres',
    phone: 'telefoonnummer',
  } satisfies Record<PersonalDataKind, string>,
  fix: 'Aanpassen',
  fixLabel: (where: string): string => `Aanpassen: ${where}`,
  continue: 'Toch exporteren',
  cancel: 'Annuleren',
  cancelled: 'De export werd geannuleerd.',
  inCycle: (where: string, cycle: string): string => `${where} (cyclus "${cycle}")`,
  where: {
    profile: (field: string): string => `Ons centrum — ${field}`,
    cycle: 'Titel van de cyclus',
    participant: 'Naam van een deelnemer',
    qualityCalendar: (schoolYear: string): string => `Kwaliteitskalender — notitie bij ${schoolYear}`,
    assessment: (location: Located<'assessment'>): string =>
      `${privacyFieldLabels.assessment[location.field]} bij ${location.expectationCode} — ${
        location.participantName === undefined ? 'teamoordeel' : `deelnemer ${location.participantName}`
      }`,
    evidence: (location: Located<'evidence'>): string =>
      `Bron "${location.title}" — ${privacyFieldLabels.evidence[location.field]}`,
    attachment: (location: Located<'attachment'>): string =>
      `Bijlage bij bron "${location.evidenceTitle}" — bestandsnaam`,
    action: (location: Located<'action'>): string =>
      `Actie "${location.title}" — ${privacyFieldLabels.action[location.field]}`,
    recommendation: (location: Located<'recommendation'>): string =>
      `Aanbeveling bij ${location.expectationCode}`,
    conditionCheck: 'Werking en regelgeving — toelichting bij een voorwaarde',
    journalNote: (location: Located<'journalNote'>, date: string): string =>
      `Logboek bij ${location.expectationCode} — notitie van ${date}`,
    survey: (location: Located<'survey'>): string =>
      `Bevraging van ${respondentGroups[location.group]} — ${
        location.field === 'introduction' ? 'inleiding' : 'eigen stelling'
      }`,
    surveyResponse: (location: Located<'surveyResponse'>): string =>
      `Bevraging van ${respondentGroups[location.group]} — een open antwoord van een respondent`,
  },
} as const;

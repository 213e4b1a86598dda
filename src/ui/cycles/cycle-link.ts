import { expectationSlug, type ExpectationCode } from '../../domain/framework/expectation-code';
import { sitePath } from '../site-path';

/** The query parameter that names the cycle an app view works on; it makes every view bookmarkable. */
export const CYCLE_PARAM = 'cyclus';

/** The query parameter that narrows a cycle's evidence or actions to one expectation. */
export const EXPECTATION_PARAM = 'verwachting';

/** The query parameter that names the bevraging the afnamemodus takes answers for. */
export const SURVEY_PARAM = 'bevraging';

/** The address of an app view (its path inside `app/`) for one cycle, optionally narrowed to one expectation. */
function forCycle(view: string, cycleId: string, code?: ExpectationCode): string {
  const query = new URLSearchParams({ [CYCLE_PARAM]: cycleId });
  if (code) query.set(EXPECTATION_PARAM, code);
  return `${sitePath(`app/${view}`)}?${query.toString()}`;
}

/** The address of an app view (its path inside `app/`) for one bevraging. */
function forSurvey(view: string, surveyId: string): string {
  return `${sitePath(`app/${view}`)}?${new URLSearchParams({ [SURVEY_PARAM]: surveyId }).toString()}`;
}

/** Addresses of the app's views; one place, so links and pages never disagree. */
export const appPaths = {
  cycles: sitePath('app/'),
  newCycle: sitePath('app/cyclus/nieuw/'),
  compare: sitePath('app/vergelijken/'),
  data: sitePath('app/gegevens/'),
  profile: sitePath('app/profiel/'),
  qualityCalendar: sitePath('app/kwaliteitskalender/'),
  overview: (cycleId: string): string => forCycle('cyclus/', cycleId),
  rate: (cycleId: string, code: ExpectationCode): string =>
    forCycle(`beoordelen/${expectationSlug(code)}/`, cycleId),
  evidence: (cycleId: string): string => forCycle('bronnen/', cycleId),
  /** The cycle's bevragingen of schools, teachers, parents and pupils. */
  surveys: (cycleId: string): string => forCycle('bevragingen/', cycleId),
  /** The afnamemodus of one bevraging: answers on this device, one respondent after another. */
  kiosk: (surveyId: string): string => forSurvey('bevragingen/afnemen/', surveyId),
  /** The printable paper form of one bevraging, and its Word file. */
  paperForm: (surveyId: string): string => forSurvey('bevragingen/papier/', surveyId),
  /** The entry grid of one bevraging: its paper forms typed in by keyboard. */
  paperEntry: (surveyId: string): string => forSurvey('bevragingen/invoeren/', surveyId),
  /** One bevraging with Microsoft Forms or Google Forms: its questionnaire out, its results in. */
  spreadsheet: (surveyId: string): string => forSurvey('bevragingen/rekenblad/', surveyId),
  /** A bevraging's link and QR code, and the reading in of its answer files. */
  surveyLink: (surveyId: string): string => forSurvey('bevragingen/link/', surveyId),
  actions: (cycleId: string): string => forCycle('actieplan/', cycleId),
  participants: (cycleId: string): string => forCycle('deelnemers/', cycleId),
  contributions: (cycleId: string): string => forCycle('bijdragen/', cycleId),
  report: (cycleId: string): string => forCycle('rapport/', cycleId),
  /** The consensus meeting: its bespreekpunten, or with a code the one bespreekpunt. */
  consensus: (cycleId: string, code?: ExpectationCode): string => forCycle('consensus/', cycleId, code),
  /** The evidence library narrowed to one expectation, ready to add evidence for it. */
  evidenceFor: (cycleId: string, code: ExpectationCode): string => forCycle('bronnen/', cycleId, code),
  /** The action plan narrowed to one expectation, ready to add an action for it. */
  actionsFor: (cycleId: string, code: ExpectationCode): string => forCycle('actieplan/', cycleId, code),
};

/** The cycle id in the current address, if any. */
export function cycleIdFromLocation(location: Pick<Location, 'search'>): string | undefined {
  return new URLSearchParams(location.search).get(CYCLE_PARAM) ?? undefined;
}

/**
 * The expectation an address narrows a view to, if it is one the view offers; an unknown code or one outside
 * the cycle's scope is ignored, so an old bookmark shows everything rather than nothing.
 */
export function expectationFromParams(
  params: URLSearchParams,
  offered: readonly ExpectationCode[],
): ExpectationCode | undefined {
  const code = params.get(EXPECTATION_PARAM)?.toUpperCase() ?? '';
  return offered.find((offeredCode) => offeredCode === code);
}

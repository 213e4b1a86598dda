import { expectationSlug, type ExpectationCode } from '../../domain/framework/expectation-code';

/** The query parameter that names the cycle an app view works on; it makes every view bookmarkable. */
export const CYCLE_PARAM = 'cyclus';

/** Addresses of the app's views; one place, so links and pages never disagree. */
export const appPaths = {
  cycles: '/app/',
  newCycle: '/app/cyclus/nieuw/',
  compare: '/app/vergelijken/',
  overview: (cycleId: string): string => `/app/cyclus/?${CYCLE_PARAM}=${encodeURIComponent(cycleId)}`,
  rate: (cycleId: string, code: ExpectationCode): string =>
    `/app/beoordelen/${expectationSlug(code)}/?${CYCLE_PARAM}=${encodeURIComponent(cycleId)}`,
  evidence: (cycleId: string): string => `/app/bronnen/?${CYCLE_PARAM}=${encodeURIComponent(cycleId)}`,
  actions: (cycleId: string): string => `/app/actieplan/?${CYCLE_PARAM}=${encodeURIComponent(cycleId)}`,
  participants: (cycleId: string): string => `/app/deelnemers/?${CYCLE_PARAM}=${encodeURIComponent(cycleId)}`,
};

/** The cycle id in the current address, if any. */
export function cycleIdFromLocation(location: Pick<Location, 'search'>): string | undefined {
  return new URLSearchParams(location.search).get(CYCLE_PARAM) ?? undefined;
}

import type { Evidence } from '../../domain/evidence';
import { isEvidenceKind, isVoice, type EvidenceKind, type Voice } from '../../domain/evidence-vocabulary';
import type { ExpectationCode } from '../../domain/framework/expectation-code';
import { EXPECTATION_PARAM, expectationFromParams } from '../cycles/cycle-link';
import { compareDutch } from '../../domain/dutch-order';
import { compareCodes } from '../../domain/code-order';

/** Which evidence the library shows: only what informs one expectation, is of one kind, carries one voice. */
export interface EvidenceFilter {
  expectation?: ExpectationCode;
  kind?: EvidenceKind;
  voice?: Voice;
}

/** Address parameter of each filter, so a reload or a bookmark keeps the filters. */
const PARAMS = { expectation: EXPECTATION_PARAM, kind: 'soort', voice: 'stem' } as const;

/**
 * The filter an address describes. Values that are not known — or an expectation outside the cycle's scope —
 * are ignored, so an old bookmark shows everything rather than nothing.
 */
export function filterFromParams(params: URLSearchParams, scope: readonly ExpectationCode[]): EvidenceFilter {
  const expectation = expectationFromParams(params, scope);
  const kind = params.get(PARAMS.kind);
  const voice = params.get(PARAMS.voice);
  return {
    ...(expectation ? { expectation } : {}),
    ...(isEvidenceKind(kind) ? { kind } : {}),
    ...(isVoice(voice) ? { voice } : {}),
  };
}

/** The address parameters with the filter written into them; every other parameter (the cycle) is kept. */
export function paramsWithFilter(params: URLSearchParams, filter: EvidenceFilter): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const key of Object.keys(PARAMS) as (keyof EvidenceFilter)[]) {
    const value = filter[key];
    if (value) next.set(PARAMS[key], value);
    else next.delete(PARAMS[key]);
  }
  return next;
}

/** Whether any filter is set. */
export function isFiltered(filter: EvidenceFilter): boolean {
  return Boolean(filter.expectation ?? filter.kind ?? filter.voice);
}

/** Whether a piece of evidence passes every filter that is set. */
export function matchesFilter(
  evidence: Pick<Evidence, 'expectationCodes' | 'kind' | 'voices'>,
  filter: EvidenceFilter,
): boolean {
  return (
    (!filter.expectation || evidence.expectationCodes.includes(filter.expectation)) &&
    (!filter.kind || evidence.kind === filter.kind) &&
    (!filter.voice || evidence.voices.includes(filter.voice))
  );
}

/** Evidence with the newest date first; undated evidence last, most recently added first. */
export function newestFirst(evidence: readonly Evidence[]): Evidence[] {
  return [...evidence].sort(
    (a, b) =>
      compareCodes(b.date ?? '', a.date ?? '') ||
      compareCodes(b.createdAt, a.createdAt) ||
      compareDutch(a.title, b.title),
  );
}

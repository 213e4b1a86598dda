import { hiddenParticipants, nameHider } from './participant-names';
import type { ReportContext } from './report-context';
import type { ReportModel } from './report-model';

/** Fields that hold no one's writing: the referentiekader's own words (quoted exactly), codes, ids and dates. */
const NOT_WRITTEN = new Set([
  'statement',
  'id',
  'code',
  'expectationCodes',
  'date',
  'startDate',
  'endDate',
  'dueDate',
  'updatedAt',
  'generatedAt',
  'frameworkVersion',
]);

function hideIn(value: unknown, hide: (text: string) => string): unknown {
  if (typeof value === 'string') return hide(value);
  if (Array.isArray(value)) return value.map((item) => hideIn(item, hide));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, NOT_WRITTEN.has(key) ? field : hideIn(field, hide)]),
  );
}

/**
 * The model with the names of hidden participants (all of them when names are anonymised, else those who
 * chose anonymity; the previous cycle's too) taken out of every text in it, wherever someone wrote them:
 * justifications, notes, evidence, actions, recommendations, the centre's profile. Applied once to the
 * finished model, so no section and no renderer can let a name through.
 */
export function withNamesHidden(context: ReportContext, model: ReportModel): ReportModel {
  // The walk keeps the model's shape: it only rewrites strings.
  return hiddenParticipants(context).length > 0 ? (hideIn(model, nameHider(context)) as ReportModel) : model;
}

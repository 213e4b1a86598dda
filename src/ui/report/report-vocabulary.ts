import { formatCalendarDate } from '../../exports/calendar-date';
import type { FrameworkSummary } from '../../domain/framework/framework-summary';
import type { Source } from '../../domain/framework/source';
import type {
  OperatingCondition,
  ReportOutlineEntry,
  ReportVocabulary,
} from '../../domain/report/report-input';
import type { Questionnaire } from '../../domain/survey/questionnaire';
import * as strings from '../strings';

/** What the report page receives from content at build time (the questionnaires come on demand). */
export interface ReportContent {
  framework: FrameworkSummary;
  sections: ReportOutlineEntry[];
  conditions: OperatingCondition[];
  /** The sources the conditions cite, by id and title. */
  sources: Pick<Source, 'id' | 'title'>[];
}

const fieldLabel = (field: keyof typeof strings.profile.fields): string =>
  strings.profile.fields[field].label;

/**
 * The report's words: content from the build and the questionnaires its bevragingen used, labels from the
 * strings, so the report and the app agree.
 */
export function reportVocabulary(
  content: ReportContent,
  questionnaires: readonly Questionnaire[],
): ReportVocabulary {
  const labels = strings.reportLabels;
  return {
    framework: content.framework,
    sections: content.sections,
    conditions: content.conditions,
    sources: content.sources,
    questionnaires: [...questionnaires],
    labels: {
      ...labels,
      evidenceKinds: strings.evidenceKinds,
      voices: strings.voices,
      roles: strings.participants.roles,
      actionStatuses: strings.actions.statuses,
      supportLevels: strings.helpers.supportLevels,
      supportTypes: strings.profile.supportTypes,
      cycleModes: strings.cycles.modes,
      cycleStatuses: strings.cycles.statuses,
      formatDate: formatCalendarDate,
      respondentGroups: strings.respondentGroups,
      // The changes in the words the comparison of cycles uses, so the report and that view agree.
      evolution: {
        ...labels.evolution,
        changes: { ...strings.compare.changes, newInFocus: labels.evolution.newInFocus },
      },
      profile: {
        name: fieldLabel('name'),
        institutionNumber: fieldLabel('institutionNumber'),
        address: fieldLabel('address'),
        governingBody: fieldLabel('governingBody'),
        directorName: fieldLabel('directorName'),
        contactEmail: fieldLabel('contactEmail'),
        contactPhone: fieldLabel('contactPhone'),
        workingArea: fieldLabel('workingArea'),
        schoolsServed: fieldLabel('schoolsServed'),
        teamComposition: fieldLabel('teamComposition'),
        supportTypes: strings.profile.supportTypesLegend,
        structuralPartnerships: fieldLabel('structuralPartnerships'),
        supportCouncil: fieldLabel('supportCouncil'),
        otherContext: fieldLabel('otherContext'),
      },
    },
  };
}

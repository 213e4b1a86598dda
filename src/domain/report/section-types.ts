import type { ReportSection, ReportSectionId } from './report-model';

/** The section of the report with the given id. */
export type SectionOf<Id extends ReportSectionId> = Extract<ReportSection, { id: Id }>;

/** A section's title and intro, from content/report-outline.yaml. */
export interface SectionHeading {
  /** Absent for a section the outline does not number. */
  number?: number;
  title: string;
  intro: string;
}

/** A label with its value, as the report's fact lists show them. */
export interface LabelledValue {
  label: string;
  value: string;
}

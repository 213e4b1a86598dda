import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { KeySchema, SlugSchema, TextSchema } from './content-id';

/** The sections of the report, by the id the report model uses for each (see src/domain/report). */
export const REPORT_SECTION_IDS = [
  'overview',
  'administration',
  'qualityDevelopment',
  'qualitySupport',
  'operations',
  'summary',
  'recommendations',
  'developmentPlan',
  'appendices',
] as const;

/** One section of content/report-outline.yaml: where it stands in the report and how it is introduced. */
export const ReportOutlineEntrySchema = lazySchema(() =>
  z.object({
    /** Which part of the report model it is. */
    id: z.enum(REPORT_SECTION_IDS),
    /** Its place in the report, from 1. */
    order: z.number().check(z.int(), z.positive()),
    /**
     * Whether it is numbered (1., 2. …); false for the summary at the front, which stands before section 1 the
     * way a summary precedes an inspectorate's report. Numbered when not given.
     */
    numbered: z.optional(z.boolean()),
    /** Its heading. */
    title: TextSchema,
    /** A sentence under the heading that says what the section shows. */
    intro: TextSchema,
    /**
     * Its heading and intro in a personal report (one person's reflection, in the order above); a section
     * without them is not in a personal report, since it is about the centre or the team.
     */
    personal: z.optional(z.object({ title: TextSchema, intro: TextSchema })),
  }),
);
export type ReportOutlineEntry = z.output<typeof ReportOutlineEntrySchema>;

/** One item of content/operating-conditions.yaml: something the decree asks of every leersteuncentrum. */
export const OperatingConditionSchema = lazySchema(() =>
  z.object({
    /** Stable id, kept with the team's status for it. */
    id: KeySchema,
    /** Its place in the checklist, from 1. */
    order: z.number().check(z.int(), z.positive()),
    /** The obligation as the source names it, word for word. */
    title: TextSchema,
    /** Where in the source it stands: the slide's title, or the decree article the slide quotes. */
    reference: TextSchema,
    /** What it means, in our words (Leersteunspiegel's summary, never the source's text). */
    description: TextSchema,
    /** Id of the source it comes from (content/sources.yaml). */
    source: SlugSchema,
  }),
);
export type OperatingCondition = z.output<typeof OperatingConditionSchema>;

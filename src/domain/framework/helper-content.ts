import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { ExpectationCodeSchema } from './expectation-code-schema';
import { TextSchema } from './content-id';
import { EvidenceKindSchema, VoiceSchema } from '../evidence-vocabulary-schema';

const QuestionsSchema = lazySchema(() =>
  z.array(TextSchema).check(z.minLength(1, { error: 'geef minstens één reflectievraag' })),
);

/** A source a team could use to show it meets an expectation. Written by us, not by the inspectorate. */
export const EvidenceSuggestionSchema = lazySchema(() =>
  z.object({
    /** Short name of the source. */
    title: TextSchema,
    /** What kind of source it is. */
    kind: EvidenceKindSchema,
    /** Whose perspective it carries. */
    voices: z.array(VoiceSchema).check(z.minLength(1, { error: 'noem minstens één stem' })),
    /** One sentence: what this source shows for the expectation. */
    shows: TextSchema,
  }),
);
export type EvidenceSuggestion = z.output<typeof EvidenceSuggestionSchema>;

/**
 * Our own helper content for one expectation (content/helpers/): reflection questions per
 * ondersteuningsniveau and suggested evidence. Always shown apart from, and labelled unlike, the official text.
 */
export const HelperContentSchema = lazySchema(() =>
  z.object({
    /** The expectation this helps to reflect on. */
    expectation: ExpectationCodeSchema,
    /** Open questions for a team or a leerondersteuner, per ondersteuningsniveau. */
    reflectionQuestions: z.object({
      leerling: QuestionsSchema,
      leraar: QuestionsSchema,
      schoolteam: QuestionsSchema,
    }),
    /** Sources that could show the expectation is met; at least three, to invite triangulation. */
    evidenceSuggestions: z
      .array(EvidenceSuggestionSchema)
      .check(z.minLength(3, { error: 'geef minstens drie suggesties' })),
  }),
);
export type HelperContent = z.output<typeof HelperContentSchema>;

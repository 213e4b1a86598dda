import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { SlugSchema, TextSchema } from './content-id';

const CodePrefixSchema = lazySchema(() => z.string().check(z.regex(/^[A-Z]{1,3}$/)));

/** A rubriek of the referentiekader (Resultaten en effecten, Ontwikkeling, Beleid). */
export const RubricSchema = lazySchema(() =>
  z.object({
    /** Stable id, also the anchor on the overview page. */
    id: SlugSchema,
    /** Position among the rubrieken, from 1. */
    order: z.number().check(z.int(), z.positive()),
    /** Name as the referentiekader writes it. */
    title: TextSchema,
    /** The rubriek's lead statement, quoted from the referentiekader. */
    statement: TextSchema,
    /** Letters its expectation codes start with (R, BL); absent when its expectations sit in deelrubrieken. */
    codePrefix: z.optional(CodePrefixSchema),
  }),
);
export type Rubric = z.output<typeof RubricSchema>;

/** A deelrubriek inside a rubriek (Visie, Maatwerk, Samenwerking inside Ontwikkeling). */
export const SubrubricSchema = lazySchema(() =>
  z.object({
    /** Stable id, also the anchor on the overview page. */
    id: SlugSchema,
    /** Id of the rubriek it belongs to. */
    rubric: SlugSchema,
    /** Position inside its rubriek, from 1. */
    order: z.number().check(z.int(), z.positive()),
    /** Name as the referentiekader writes it. */
    title: TextSchema,
    /** The deelrubriek's lead statement, quoted; the referentiekader gives Visie none. */
    statement: z.optional(TextSchema),
    /** Letters its expectation codes start with (V, M, S). */
    codePrefix: CodePrefixSchema,
  }),
);
export type Subrubric = z.output<typeof SubrubricSchema>;

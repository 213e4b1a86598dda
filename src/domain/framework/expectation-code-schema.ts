import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { EXPECTATION_CODES } from './expectation-code';

/** One of the 17 expectation codes (EXPECTATION_CODES). */
export const ExpectationCodeSchema = lazySchema(() => z.enum(EXPECTATION_CODES));

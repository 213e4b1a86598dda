import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { RESPONDENT_GROUPS } from './respondent-group';

export const RespondentGroupSchema = lazySchema(() => z.enum(RESPONDENT_GROUPS));

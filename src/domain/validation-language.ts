import { z } from 'zod';
import nl from 'zod/v4/locales/nl.js';

// Validation messages reach users (a rejected backup says which field is wrong), so they are Dutch.
// Only the Dutch locale is imported, to keep the other languages out of the bundle.
z.config(nl());

import * as z from 'zod/mini';
import nl from 'zod/v4/locales/nl.js';

// Validation messages reach users (a rejected backup says which field is wrong), so they are Dutch.
// zod/mini registers no locale of its own (classic zod would pull in English), so Dutch is the only one in
// the bundle; without this call every message would be a bare "Invalid input".
z.config(nl());

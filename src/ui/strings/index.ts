/**
 * Every piece of Dutch (nl-BE) interface text, in this one folder so it can be reviewed as a whole; one file
 * per part of the app. Longer editorial prose lives in content/pages/; the referentiekader's own words live
 * in content/. The few words the report adds around its data (column headers, captions) are in
 * src/exports/labels.ts, shared by the report page and the Word file, because the exports may not import
 * the interface.
 */
import { actionStrings } from './actions';
import { commonStrings } from './common';
import { contributionStrings } from './contributions';
import { cycleStrings } from './cycles';
import { dashboardStrings } from './dashboard';
import { evidenceStrings } from './evidence';
import { ratingStrings } from './rating';
import { reportStrings } from './report';

export const strings = {
  ...commonStrings,
  ...cycleStrings,
  ...evidenceStrings,
  ...actionStrings,
  ...ratingStrings,
  ...dashboardStrings,
  ...reportStrings,
  ...contributionStrings,
};

/**
 * Every piece of Dutch (nl-BE) interface text, in this one folder so it can be reviewed as a whole; one file
 * per part of the app. Longer editorial prose lives in content/pages/; the referentiekader's own words live
 * in content/.
 */
import { actionStrings } from './actions';
import { commonStrings } from './common';
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
};

import { findPersonalData } from '../../privacy/find-personal-data';
import { normalise } from './normalise';

/**
 * Why a column is dropped before anything is stored: it says who answered (a name, an e-mail address), when
 * (start, completion or change time) or in which order (Microsoft Forms' ID, a sequence number).
 */
export type PersonalColumn = 'name' | 'email' | 'time' | 'sequence';

/**
 * Headers of such columns, normalised, as Microsoft Forms (English and Dutch tenants), Google Forms and people
 * typing their own spreadsheet write them.
 */
const HEADERS: Record<PersonalColumn, readonly string[]> = {
  name: [
    'naam',
    'name',
    'volledige naam',
    'full name',
    'voornaam',
    'achternaam',
    'familienaam',
    'first name',
    'last name',
    'respondent',
    'naam respondent',
  ],
  email: ['e mail', 'email', 'e mailadres', 'emailadres', 'email address', 'e mail address', 'e mail adres'],
  time: [
    'begintijd',
    'starttijd',
    'start time',
    'tijd van voltooien',
    'voltooiingstijd',
    'completion time',
    'eindtijd',
    'end time',
    'tijd van laatste wijziging',
    'laatst gewijzigd',
    'laatste wijziging',
    'last modified time',
    'timestamp',
    'tijdstempel',
    'datum',
    'date',
    'tijd',
    'time',
    'ingediend op',
    'submitted at',
  ],
  sequence: ['id', 'nr', 'nummer', 'volgnummer', 'response id', 'antwoord id'],
};

/** A header without what stands between brackets: "Naam (optioneel)" is a name column. */
function bareHeader(header: string): string {
  return normalise(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
}

/** A cell that is an e-mail address and nothing else. */
function isEmailAddress(cell: string): boolean {
  const [match] = findPersonalData(cell);
  return match?.kind === 'email' && match.text.length === cell.trim().length;
}

// 2027-03-04 10:12:33, 4/3/2027 10:12, 04.03.2027, 2027-03-04T09:12:33.000Z, 10:12:33, with AM/PM or a zone.
const DATE = String.raw`\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}`;
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[ap]\.?m\.?)?`;
// Z, +01:00, GMT+1, CET: what Forms and spreadsheets write after a time.
const ZONE = String.raw`(?:\s*[a-z]{1,5})?(?:\s*[+-]\d{1,2}(?::?\d{2})?)?`;
const MOMENT = new RegExp(`^(?:${DATE}(?:[ T]${TIME})?|${TIME})${ZONE}$`, 'i');

/** Whether a cell is a date or a time of day. */
function isMoment(cell: string): boolean {
  return MOMENT.test(cell.trim());
}

/**
 * Whether a column carries personal data, and which: by its header, or by what it holds — a column whose
 * answers are mostly e-mail addresses is dropped whatever its header says, and so is one holding only dates
 * and times.
 */
export function personalColumn(header: string, cells: readonly string[]): PersonalColumn | undefined {
  const bare = bareHeader(header);
  for (const [kind, headers] of Object.entries(HEADERS) as [PersonalColumn, readonly string[]][]) {
    if (headers.includes(bare)) return kind;
  }
  const filled = cells.filter((cell) => cell !== '');
  if (filled.length === 0) return undefined;
  if (filled.filter(isEmailAddress).length * 2 >= filled.length) return 'email';
  if (filled.every(isMoment)) return 'time';
  return undefined;
}

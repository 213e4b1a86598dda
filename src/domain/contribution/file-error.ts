/** Why a team file (invitation or contribution) could not be read. */
export type TeamFileErrorCode =
  /** Larger than any real invitation or contribution. */
  | 'tooLarge'
  /** Not text: a picture, a ZIP, a Word file … */
  | 'notText'
  /** Text, but not JSON: cut off, or edited by hand. */
  | 'notJson'
  /** JSON, but not a Leersteunspiegel file. */
  | 'notOurs'
  /** A Leersteunspiegel file of another kind: an invitation where a contribution was expected, or the reverse. */
  | 'otherKind'
  /** Made by a newer version of Leersteunspiegel than this one (its layout, or its encryption). */
  | 'newerVersion'
  /** Encrypted, and no passphrase was given for it. */
  | 'locked'
  /** Encrypted, and the passphrase given does not open it (or the start of the file was changed). */
  | 'wrongPassphrase'
  /** Encrypted and opened with the right passphrase, but damaged or changed after it was encrypted. */
  | 'tampered'
  /** The right kind of file, but some of its fields are wrong. */
  | 'invalid';

/** One wrong field: where, and what is wrong there (Dutch, from the validation messages). */
export interface TeamFileProblem {
  /** The field as a dotted path (`assessments.3.rating`). */
  field: string;
  message: string;
}

/** A file that was refused before anything was stored. */
export class TeamFileError extends Error {
  constructor(
    readonly code: TeamFileErrorCode,
    readonly problems: readonly TeamFileProblem[] = [],
    /** For `otherKind`: the format the file says it is. */
    readonly foundFormat?: string,
  ) {
    super(
      `${code}${problems.length ? `: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}` : ''}`,
    );
    this.name = 'TeamFileError';
  }
}

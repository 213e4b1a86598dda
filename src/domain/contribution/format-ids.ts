/** Identifies an invitation among JSON files. */
export const INVITATION_FORMAT = 'leersteunspiegel-uitnodiging';

/** Identifies a contribution among JSON files. */
export const CONTRIBUTION_FORMAT = 'leersteunspiegel-bijdrage';

/** Identifies a respondent's answer file, made on the page a bevraging's link opens (`../survey/link/`). */
export const ANSWER_FILE_FORMAT = 'leersteunspiegel-antwoord';

/** Formats of the files Leersteunspiegel hands between devices; one that names another of these is `otherKind`. */
export const TEAM_FILE_FORMATS = [INVITATION_FORMAT, CONTRIBUTION_FORMAT, ANSWER_FILE_FORMAT] as const;
export type TeamFileFormatId = (typeof TEAM_FILE_FORMATS)[number];

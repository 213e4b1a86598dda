/**
 * The words a bevraging's paper form adds around its questionnaire, shared by the print page and the Word file
 * so both print the same form. The interface's strings live in src/ui/strings, which the exports do not import.
 */
export const paperLabels = {
  /** The mark every export of our questionnaires carries (src/domain/survey/README.md). */
  ours: 'Eigen vragenlijst van Leersteunspiegel — geen tekst uit het referentiekader',
  code: 'Code',
  /** Beside the code on every page: what it is for, in a respondent's words. */
  codeNote: 'laat deze code staan',
  tick: 'Kruis bij elke stelling één vakje aan. Je mag een stelling overslaan.',
  tickEasy: 'Kleur bij elke zin één gezichtje. Weet je het niet? Kleur dan het vraagteken.',
  statementColumn: 'Stelling',
  numberColumn: 'Nr.',
  openTitle: 'In je eigen woorden',
  openIntro: 'Deze vragen mag je overslaan.',
  thanks: 'Bedankt! Geef dit formulier terug zoals gevraagd.',
} as const;

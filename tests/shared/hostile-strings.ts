/**
 * Text that has broken other applications, for tests that type or import it and check it comes back as
 * plain text: markup that would run script if injected as HTML, very long text, bidirectional and emoji
 * sequences, control characters, and cells a spreadsheet would run as a formula. None of it looks like
 * personal data, so the export warning stays out of the way.
 */
export const HOSTILE_STRINGS = {
  scriptTag: '<script>document.title="gehackt"</script>',
  imageOnError: '<img src=x onerror="document.title=\'gehackt\'">',
  svgOnLoad: '"><svg onload="alert(1)">',
  markup: '<b>vet</b> & <i>schuin</i> &amp; <a href="javascript:alert(1)">klik</a>',
  templates: '${alert(1)} {{constructor.constructor("alert(1)")()}} <%= 7*7 %>',
  rightToLeftOverride: '\u202Egnp.exe verslag\u202C en עִבְרִית العربية',
  emojiSequences: '👩🏽‍🏫 leersteun 👨‍👩‍👧‍👦 🇧🇪 e\u0301 Z\u0335\u0321a\u0336lgo',
  controlCharacters: 'voor\u0000\u0007\u001B[31m\u007Fna',
  formulaEquals: '=HYPERLINK("http://voorbeeld.invalid","klik")',
  formulaPlus: '+SUM(1;2)',
  formulaMinus: '-2+3',
  formulaAt: '@SUM(A1:A2)',
  formulaTab: '\t=1+1',
  formulaCarriageReturn: '\r=1+1',
} as const;

/** 10,000 characters: far more than anyone types in one field (the limit is 20,000). */
export const VERY_LONG_TEXT = 'Lange tekst zonder einde. '.repeat(400).slice(0, 10_000);

/** Every hostile string, in a fixed order. */
export const HOSTILE_LIST: readonly string[] = Object.values(HOSTILE_STRINGS);

/** Whether a string would be run as a formula by a spreadsheet, so a CSV export must neutralise it. */
export const startsLikeFormula = (text: string): boolean => /^[=+\-@\t\r]/.test(text);

import type { SpreadsheetErrorCode } from '../../../domain/survey/spreadsheet/sheet';

/**
 * Why a result file was refused: apart from the page's text, because every view's error explanation
 * (explain-error.ts) carries it.
 */
export const spreadsheetErrors = {
  codes: {
    tooLarge:
      'Het bestand is te groot: hoogstens 5 MB, en een .xlsx mag uitgepakt niet groter zijn dan 60 MB.',
    tooManyRows: 'Het bestand heeft te veel rijen: hoogstens 5000 antwoorden.',
    tooManyColumns: 'Het bestand heeft te veel kolommen: hoogstens 200.',
    oldExcel:
      'Dit is een oud Excel-bestand (.xls). Bewaar het in Excel als .xlsx of .csv en lees het opnieuw in.',
    unreadable:
      'Dit bestand is geen leesbaar .xlsx- of .csv-bestand. Kies het bestand dat Microsoft Forms of Google Forms gaf.',
    empty: 'Dit bestand heeft geen kopregel met daaronder antwoorden.',
  } satisfies Record<SpreadsheetErrorCode, string>,
  thisFile: 'Dit bestand',
  known: (fileName: string): string =>
    `${fileName} is al ingelezen: de antwoorden uit dit bestand staan al bij de bevraging. Er is niets dubbel bewaard.`,
} as const;

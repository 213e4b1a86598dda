import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createCycle } from '../../../../../src/domain/cycle-schema';
import { askedStatements } from '../../../../../src/domain/survey/asked-statements';
import { QuestionnaireSchema } from '../../../../../src/domain/survey/questionnaire-schema';
import { answerWords, proposeColumns } from '../../../../../src/domain/survey/spreadsheet/column-mapping';
import { readSpreadsheet } from '../../../../../src/domain/survey/spreadsheet/read-spreadsheet';
import { SPREADSHEET_LIMITS } from '../../../../../src/domain/survey/spreadsheet/sheet';
import { spreadsheetResponses } from '../../../../../src/domain/survey/spreadsheet/spreadsheet-responses';
import { createSurvey } from '../../../../../src/domain/survey/survey-schema';
import { sha256Hex } from '../../../../../src/domain/sha256';
import { createCycleRecords } from '../../../../../src/storage/cycle-store';
import { SpreadsheetKnownError } from '../../../../../src/storage/errors';
import { recordSpreadsheetResponses, saveSurvey } from '../../../../../src/storage/survey-store';
import { readYaml } from '../../../content/read-content';
import { dumpDatabase, freshDatabase } from '../../../storage/test-database';

const questionnaire = QuestionnaireSchema.parse(readYaml('questionnaires/ouders.yaml'));
const DURING = '2027-03-10';
const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../../fixtures/spreadsheets/${name}`, import.meta.url)));

/** A team cycle with a running bevraging of parents that asks every statement of their questionnaire. */
async function aParentsSurvey() {
  const db = freshDatabase();
  const cycle = createCycle({ title: 'Zelfevaluatie 2026-2027', schoolYear: '2026-2027', mode: 'team' });
  await createCycleRecords(db, { cycle, participants: [] });
  const survey = await saveSurvey(
    db,
    createSurvey({
      cycleId: cycle.id,
      group: 'parents',
      itemIds: questionnaire.items.map((item) => item.id),
      startDate: '2027-03-01',
      endDate: '2027-03-31',
      askedCount: 40,
    }),
  );
  return { db, survey };
}

const questions = {
  statements: questionnaire.items,
  openQuestions: questionnaire.openQuestions,
  scale: questionnaire.scale,
};

/** Reads a file and maps it automatically, as the page does before the coordinator changes anything. */
async function mapAutomatically(bytes: Uint8Array, surveyId: string, unknownLeftOpen = false) {
  const sheet = await readSpreadsheet(bytes);
  const columns = proposeColumns(sheet, questions);
  const words = answerWords(sheet, columns, questionnaire.scale);
  const sourceFile = await sha256Hex(bytes);
  return {
    sheet,
    columns,
    words,
    sourceFile,
    ...spreadsheetResponses(sheet, columns, words, { surveyId, sourceFile, unknownLeftOpen }),
  };
}

const [first, , third, , fifth] = questionnaire.items.map((item) => item.id);

describe('reading the results of Microsoft Forms and Google Forms', () => {
  it('maps a Microsoft Forms .xlsx by itself, drops who and when, and stores the hand-computed answers', async () => {
    const { db, survey } = await aParentsSurvey();
    const bytes = fixture('microsoft-forms-ouders.xlsx');
    const mapped = await mapAutomatically(bytes, survey.id);

    expect(mapped.columns.filter((c) => c.dropped).map((c) => [c.header, c.dropped])).toEqual([
      ['ID', 'sequence'],
      ['Begintijd', 'time'],
      ['Tijd van voltooien', 'time'],
      ['E-mail', 'email'],
      ['Naam', 'name'],
      ['Tijd van laatste wijziging', 'time'],
    ]);
    expect(mapped.columns.filter((c) => c.use.kind === 'statement')).toHaveLength(13);
    expect(mapped.columns.filter((c) => c.use.kind === 'open')).toHaveLength(2);
    expect(mapped.unknown).toEqual([]);
    expect(mapped.responses).toHaveLength(8);
    // Statement 1 down the eight rows: klopt, Klopt, klopt eerder wel, klopt eerder niet, klopt, —, klopt niet,
    // klopt eerder wel. Statement 5: weet ik niet ×2, klopt, klopt eerder niet, klopt niet ×2, klopt eerder wel ×2.
    const counts = new Map(mapped.counts.map((row) => [row.id, row]));
    expect(counts.get(first!)).toEqual({
      id: first,
      counts: { agree: 3, ratherAgree: 2, ratherDisagree: 1, disagree: 1 },
      leftOpen: 1,
    });
    expect(counts.get(fifth!)?.counts).toEqual({
      dontKnow: 2,
      agree: 1,
      ratherDisagree: 1,
      disagree: 2,
      ratherAgree: 2,
    });

    await recordSpreadsheetResponses(db, mapped.responses, mapped.sourceFile, DURING);
    const stored = await db.surveyResponses.toArray();
    expect(stored).toHaveLength(8);
    const everything = JSON.stringify(stored);
    for (const who of ['Peeters', 'De Smet', 'voorbeeldschool', 'anonymous', '2027-03-0']) {
      expect(everything).not.toContain(who);
    }
    for (const response of stored) {
      expect(response.channel).toBe('spreadsheet');
      expect(response.sourceFile).toBe(mapped.sourceFile);
      expect(Object.keys(response).sort()).toEqual([
        'answers',
        'channel',
        'id',
        'openAnswers',
        'sourceFile',
        'surveyId',
      ]);
    }
  });

  it('maps a Google Forms .csv by itself, keeps hostile and multi-line answers as text, and refuses it a second time', async () => {
    const { db, survey } = await aParentsSurvey();
    const bytes = fixture('google-forms-ouders.csv');
    const mapped = await mapAutomatically(bytes, survey.id);

    expect(mapped.columns.filter((c) => c.dropped).map((c) => c.header)).toEqual([
      'Tijdstempel',
      'E-mailadres',
    ]);
    expect(mapped.unknown).toEqual([]);
    const counts = new Map(mapped.counts.map((row) => [row.id, row]));
    // Statement 1: klopt, klopt eerder niet, klopt, klopt eerder wel, klopt niet, klopt.
    expect(counts.get(first!)?.counts).toEqual({ agree: 3, ratherDisagree: 1, ratherAgree: 1, disagree: 1 });
    // Statement 3: klopt, klopt eerder wel, klopt, klopt eerder wel, klopt niet, —.
    expect(counts.get(third!)).toMatchObject({
      counts: { agree: 2, ratherAgree: 2, disagree: 1 },
      leftOpen: 1,
    });
    // Statement 5: "Weet ik niet" and "n.v.t." are both "weet ik niet".
    expect(counts.get(fifth!)?.counts).toEqual({ agree: 2, dontKnow: 2, ratherAgree: 1, disagree: 1 });

    await recordSpreadsheetResponses(db, mapped.responses, mapped.sourceFile, DURING);
    const stored = await db.surveyResponses.toArray();
    const open = stored.flatMap((response) => Object.values(response.openAnswers));
    expect(open).toContain('De leerondersteuner luistert echt.\nEn ze komt altijd terug.');
    expect(open).toContain('=HYPERLINK("http://voorbeeld.invalid";"klik hier")');
    expect(open).toContain('<script>alert(1)</script>');
    expect(JSON.stringify(stored)).not.toContain('@voorbeeld.be');

    const before = await dumpDatabase(db);
    const again = await mapAutomatically(bytes, survey.id);
    await expect(recordSpreadsheetResponses(db, again.responses, again.sourceFile, DURING)).rejects.toThrow(
      SpreadsheetKnownError,
    );
    expect(await dumpDatabase(db)).toBe(before);
  });

  it("reads Flemish Excel's CSV: a BOM, `;` between cells, decimal commas and quoted line breaks", async () => {
    const header = [
      'Naam',
      'Score',
      ...questionnaire.items.slice(0, 2).map((item, i) => `${i + 1}. ${item.statement}`),
    ];
    const csv = `\uFEFF${header.join(';')}\r\nAn;7,5;"klopt eerder wel";"KLOPT  "\r\nBert;"8,25\nof 8,5";"weet ik niet";\r\n`;
    const sheet = await readSpreadsheet(new TextEncoder().encode(csv));
    expect(sheet.headers[0]).toBe('Naam');
    expect(sheet.rows).toEqual([
      ['An', '7,5', 'klopt eerder wel', 'KLOPT'],
      ['Bert', '8,25\nof 8,5', 'weet ik niet', ''],
    ]);
    const columns = proposeColumns(sheet, questions);
    expect(columns.map((column) => column.dropped ?? column.use.kind)).toEqual([
      'name',
      'unused',
      'statement',
      'statement',
    ]);
    expect(answerWords(sheet, columns, questionnaire.scale).map((word) => word.choice)).toEqual([
      'ratherAgree',
      'dontKnow',
      'agree',
    ]);
  });

  it('reads a CSV saved by Excel in Windows-1252 with its accents', async () => {
    const bytes = Uint8Array.from([...'Naam;Opmerking\r\nRenée;één\r\n'].map((char) => char.charCodeAt(0)));
    const sheet = await readSpreadsheet(bytes);
    expect(sheet.rows[0]).toEqual(['Renée', 'één']);
  });

  it('names the row and column of answer words it does not know, or leaves them open when asked', async () => {
    const { survey } = await aParentsSurvey();
    const csv = `1. ${questionnaire.items[0]!.statement}\nklopt\nmisschien\n`;
    const bytes = new TextEncoder().encode(csv);
    const strict = await mapAutomatically(bytes, survey.id);
    expect(strict.unknown).toEqual([
      { row: 3, header: `1. ${questionnaire.items[0]!.statement}`, text: 'misschien' },
    ]);
    const lenient = await mapAutomatically(bytes, survey.id, true);
    expect(lenient.unknown).toEqual([]);
    expect(lenient.responses).toHaveLength(1);
  });

  it('drops a column of e-mail addresses whatever its header says', async () => {
    const csv = `Opmerking;${questionnaire.openQuestions[0]!.question}\njan@school.be;Fijn\nan@school.be;Goed\n`;
    const sheet = await readSpreadsheet(new TextEncoder().encode(csv));
    const columns = proposeColumns(sheet, questions);
    expect(columns.map((column) => column.dropped ?? column.use.kind)).toEqual(['email', 'open']);
  });

  it('works with the statements of the bevraging as asked, numbered from 1', () => {
    const survey = createSurvey({
      cycleId: crypto.randomUUID(),
      group: 'parents',
      itemIds: [questionnaire.items[4]!.id, questionnaire.items[0]!.id],
      startDate: '2027-03-01',
      endDate: '2027-03-31',
      askedCount: 5,
    });
    const statements = askedStatements(survey, questionnaire);
    const sheet = {
      headers: [
        'Stelling 2',
        '1. Helemaal iets anders dan gevraagd',
        `1. ${questionnaire.items[4]!.statement}`,
      ],
      rows: [['klopt', 'klopt', 'klopt']],
      rowNumbers: [2],
    };
    const columns = proposeColumns(sheet, { ...questions, statements });
    // The number in a header is the statement's place in this bevraging, unless the words say otherwise.
    expect(columns.map((column) => column.use)).toEqual([
      { kind: 'statement', id: questionnaire.items[0]!.id },
      { kind: 'unused' },
      { kind: 'statement', id: questionnaire.items[4]!.id },
    ]);
  });

  it('refuses a zip bomb, an oversized file and an old .xls before reading them, each with its reason', async () => {
    const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(70 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(SPREADSHEET_LIMITS.maxBytes);
    await expect(readSpreadsheet(bomb)).rejects.toMatchObject({ code: 'tooLarge' });
    await expect(readSpreadsheet(new Uint8Array(SPREADSHEET_LIMITS.maxBytes + 1))).rejects.toMatchObject({
      code: 'tooLarge',
    });
    await expect(readSpreadsheet(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).rejects.toMatchObject({
      code: 'oldExcel',
    });
    await expect(readSpreadsheet(fixture('microsoft-forms-ouders.xlsx').slice(0, 900))).rejects.toMatchObject(
      {
        code: 'unreadable',
      },
    );
  });
});

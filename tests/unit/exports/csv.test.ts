import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/domain/report/build-report';
import { ratingRows } from '../../../src/domain/report/rating-rows';
import { ratingsCsv } from '../../../src/exports/csv/ratings-csv';
import { neutraliseFormula, writeCsv } from '../../../src/exports/csv/write-csv';
import { report as reportText } from '../../../src/ui/strings/report';
import { parseCsv } from '../../shared/parse-csv';
import { personalFixture, teamFixture } from '../domain/report/fixture-cycle';
import { reportedExpectations } from '../domain/report/model-helpers';

const labels = reportText;

describe('a CSV file for Excel with Flemish settings', () => {
  it('starts with a byte order mark, separates with semicolons and ends lines with CRLF', () => {
    const csv = writeCsv(['Code', 'Niveau'], [['M2', 'volgens de verwachting']]);
    expect(csv).toBe('\uFEFFCode;Niveau\r\nM2;volgens de verwachting\r\n');
  });

  it('quotes cells with separators, quotes and line breaks, and reads back the same', () => {
    const cells = ['a;b', 'zei "ja"', 'regel 1\nregel 2', 'één coördinator'];
    expect(parseCsv(writeCsv(['x', 'y', 'z', 'w'], [cells]))).toEqual([['x', 'y', 'z', 'w'], cells]);
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const dangerous of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(dangerous)).toBe(`'${dangerous}`);
    }
    expect(neutraliseFormula('Gewone tekst = prima')).toBe('Gewone tekst = prima');
    expect(parseCsv(writeCsv(['t'], [['=1+1']]))[1]).toEqual(["'=1+1"]);
  });
});

describe('the ratings export', () => {
  it('has a row per judgement the report holds: the team’s consensus, then each included note, reading back the same', () => {
    const { input, vocabulary } = teamFixture({ includeIndividualNotes: true });
    const model = buildReport(input, vocabulary);
    const rows = ratingRows(model, labels.csvTeam);
    const parsed = parseCsv(ratingsCsv(rows, labels));
    expect(parsed[0]).toEqual([...labels.csvHeader]);
    expect(parsed).toHaveLength(rows.length + 1);
    const expected = reportedExpectations(model).flatMap((expectation) => [
      ...(expectation.judgedBy === 'consensus'
        ? [`${expectation.code}|Team|${expectation.rating.label}`]
        : []),
      ...expectation.individualNotes.map(
        (note) => `${expectation.code}|${note.participant}|${note.rating.label}`,
      ),
    ]);
    const byCell = parsed.slice(1).map((cells) => `${cells[2]}|${cells[4]}|${cells[7]}`);
    expect(byCell).toEqual(expected);
    expect(byCell.slice(0, 4)).toEqual([
      'R1|Team|volgens de verwachting',
      'R1|Ann Peeters|volgens de verwachting',
      'R1|Bram Claes|benadert de verwachting',
      'R1|Anonieme deelnemer|volgens de verwachting',
    ]);
  });

  it('holds a personal reflection’s own judgements under the person’s name', () => {
    const { input, vocabulary, self } = personalFixture();
    const rows = ratingRows(buildReport(input, vocabulary), labels.csvTeam);
    expect(rows.map((row) => [row.code, row.participant, row.kind, row.rating])).toEqual([
      ['R1', self.name, 'individual', 'volgens de verwachting'],
      ['R2', self.name, 'individual', 'benadert de verwachting'],
      ['M1', self.name, 'individual', 'beneden de verwachting'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { ratingRows } from '../../../src/domain/report/rating-rows';
import { ratingsCsv } from '../../../src/exports/csv/ratings-csv';
import { neutraliseFormula, writeCsv } from '../../../src/exports/csv/write-csv';
import { report as reportText } from '../../../src/ui/strings/report';
import { parseCsv } from '../../shared/parse-csv';
import { teamFixture } from '../domain/report/fixture-cycle';

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
  it('has one row per participant × expectation plus the consensus, and reads back to the same ratings', () => {
    const { input, vocabulary } = teamFixture();
    const rows = ratingRows(input, vocabulary, labels.csvTeam);
    const parsed = parseCsv(ratingsCsv(rows, labels));
    expect(parsed[0]).toEqual([...labels.csvHeader]);
    expect(parsed).toHaveLength(rows.length + 1);
    const stored = input.assessments.filter((a) => a.cycleId === input.cycle.id);
    expect(rows).toHaveLength(stored.length);
    const byCell = parsed.slice(1).map((cells) => `${cells[2]}|${cells[4]}|${cells[7]}`);
    expect(byCell).toEqual(rows.map((row) => `${row.code}|${row.participant}|${row.rating}`));
  });

  it('follows the report in leaving out names when they are anonymised', () => {
    const { input, vocabulary, participants } = teamFixture({ anonymise: true });
    const csv = ratingsCsv(ratingRows(input, vocabulary, labels.csvTeam), labels);
    expect(csv).not.toContain(participants.ann.name);
    expect(csv).toContain('Deelnemer 1');
  });
});

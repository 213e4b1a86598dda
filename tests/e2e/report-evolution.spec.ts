import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { parseCsv } from '../shared/parse-csv';
import { addAction, closeCycle, viewOf } from './cycle-steps';
import { downloadFile } from './download';
import { libreOfficeText } from './libreoffice-text';
import { openApp } from './open-app';
import { pdfText } from './pdf-text';
import { expectSaved } from './save-status';
import { createTeamCycle } from './team-contributions';

const LEVELS = {
  1: 'beneden de verwachting',
  2: 'benadert de verwachting',
  3: 'volgens de verwachting',
} as const;

/** The team's levels (1–3) in the first and the second school year, and the change the report must name. */
const JUDGEMENTS = [
  { code: 'R1', first: 2, second: 3, change: 'gestegen (▲)' },
  { code: 'M1', first: 3, second: 2, change: 'gedaald (▼)' },
  { code: 'S2', first: 1, second: 1, change: 'gelijk (=)' },
] as const;

/** Agrees the team's level on an expectation in the consensus view, with points to develop when given. */
async function agree(page: Page, cycleId: string, code: string, level: 1 | 2 | 3, points?: string) {
  await openApp(page, `/app/consensus/?cyclus=${cycleId}&verwachting=${code}`);
  await page.getByRole('radio', { name: new RegExp(LEVELS[level]) }).check();
  if (points) await page.getByLabel('Ontwikkelpunten').fill(points);
  await expectSaved(page);
}

/** "Vorige zelfevaluatie (2026-2027): benadert de verwachting — gestegen (▲)", as the report writes it. */
const previousLine = ({ first, change }: (typeof JUDGEMENTS)[number]): string =>
  `Vorige zelfevaluatie (2026-2027): ${LEVELS[first]} — ${change}`;

/** Last year's actions as section 2 of this year's report names them, with what became of them. */
const OUTCOMES = [
  'Ouderbevraging opzetten (R1) — overgenomen in deze zelfevaluatie (nu lopend)',
  'Intakeformulier herwerken (S2) — afgerond',
  'Evaluatie: Gebruikt sinds januari.',
  'Folder voor ouders (S2) — geschrapt',
];

/** Whitespace-free text, so a line wrapped in a PDF still matches. */
const squash = (text: string): string => text.replace(/\s+/g, '');

test('the second school year’s report shows per expectation last year’s level and the change, both years in the webdiagram, and what became of last year’s actions', async ({
  page,
}) => {
  test.slow(true, 'two cycles made through the app, then the report on screen, printed, in Word and as CSV');

  // The first year: a small focus, agreed by the team, with an action carried on, one done and one dropped.
  const first = await createTeamCycle(page, 'Zelfevaluatie 2026-2027', ['R1', 'M1', 'S2']);
  for (const judgement of JUDGEMENTS) {
    await agree(page, first, judgement.code, judgement.first, `Ontwikkelpunt ${judgement.code}`);
  }
  await openApp(page, `/app/actieplan/?cyclus=${first}`);
  await addAction(page, 'Ouderbevraging opzetten', 'lopend', { codes: ['R1'] });
  await addAction(page, 'Intakeformulier herwerken', 'afgerond', {
    codes: ['S2'],
    evaluation: 'Gebruikt sinds januari.',
  });
  await addAction(page, 'Folder voor ouders', 'geschrapt', { codes: ['S2'] });
  const overview = `/app/cyclus/?cyclus=${first}`;
  await closeCycle(page, overview, 'team');

  // The second year, started from the first: the open action goes along.
  await page
    .getByRole('region', { name: 'Volgend schooljaar starten' })
    .getByRole('button', {
      name: 'Nieuwe cyclus starten',
    })
    .click();
  await page.waitForURL((url) => url.pathname === '/app/cyclus/' && !url.search.includes(first));
  const second = new URL(page.url()).searchParams.get('cyclus') ?? '';
  for (const judgement of JUDGEMENTS) await agree(page, second, judgement.code, judgement.second);

  // On screen: under each expectation last year's level and the change.
  await openApp(page, viewOf(`/app/cyclus/?cyclus=${second}`, '/app/rapport/'));
  const report = page.getByRole('article', { name: 'Voorbeeld van het rapport' });
  for (const judgement of JUDGEMENTS) {
    await expect(report.getByRole('region', { name: new RegExp(`^${judgement.code} `) })).toContainText(
      previousLine(judgement),
    );
  }
  // The webdiagram draws both years and says so to those who cannot see it.
  await expect(report.locator('.radar')).toHaveAttribute('aria-busy', 'false');
  await expect(report.getByRole('img', { name: /^Webdiagram/ })).toHaveAccessibleName(
    /2027-2028 \(volle lijn\) en 2026-2027 \(stippellijn\)\. R1: volgens de verwachting \(2026-2027: benadert de verwachting\)/,
  );
  // Section 2: what the team did with last year's self-evaluation.
  const previous = report.getByRole('region', { name: 'Wat deden we met de vorige zelfevaluatie?' });
  for (const outcome of OUTCOMES) await expect(previous).toContainText(outcome);
  await expect(previous).toContainText(
    'van "benadert de verwachting" naar "volgens de verwachting" — gestegen (▲)',
  );

  // Printed: the same words on paper.
  await page.emulateMedia({ media: 'print' });
  const printed = squash((await pdfText(await page.pdf({ preferCSSPageSize: true }))).text);
  await page.emulateMedia({ media: 'screen' });
  for (const judgement of JUDGEMENTS)
    expect(printed, judgement.code).toContain(squash(previousLine(judgement)));
  for (const outcome of OUTCOMES) expect(printed).toContain(squash(outcome));

  // Word, as LibreOffice opens it: the same, and the webdiagram described with both years.
  const docx = await downloadFile(page, 'Word-bestand (.docx)');
  const word = squash(await libreOfficeText(docx));
  for (const judgement of JUDGEMENTS) expect(word, judgement.code).toContain(squash(previousLine(judgement)));
  for (const outcome of OUTCOMES) expect(word).toContain(squash(outcome));
  const documentXml = strFromU8(unzipSync(new Uint8Array(readFileSync(docx)))['word/document.xml']!);
  expect(documentXml).toMatch(/descr="[^"]*2027-2028 \(volle lijn\) en 2026-2027 \(stippellijn\)/);

  // The CSV: beside each team judgement last year's judgement, its level and the change.
  const [header = [], ...rows] = parseCsv(
    readFileSync(await downloadFile(page, 'Beoordelingen als CSV (Excel)')).toString('utf8'),
  );
  const cellsOf = (code: string, column: string) =>
    rows.find((cells) => cells[2] === code)?.[header.indexOf(column)];
  for (const judgement of JUDGEMENTS) {
    expect(
      ['Vorig oordeel', 'Vorig niveau (1-4)', 'Verandering'].map((column) => cellsOf(judgement.code, column)),
    ).toEqual([LEVELS[judgement.first], String(judgement.first), judgement.change]);
  }
});

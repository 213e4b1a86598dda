import { expect, test, type Page } from '@playwright/test';
import { createAssessment } from '../../src/domain/assessment';
import { createCycle } from '../../src/domain/cycle-schema';
import { createEvidence } from '../../src/domain/evidence-schema';
import { createParticipant } from '../../src/domain/participant-schema';
import { expectNoAxeViolations } from './axe';
import { openApp } from './open-app';
import { backupWith } from './records-backup';
import { restoreBackup } from './sample-data';

const cycle = createCycle({
  title: 'Zelfevaluatie 2025-2026',
  schoolYear: '2025-2026',
  mode: 'team',
  scope: ['M2'],
});
const els = createParticipant({ cycleId: cycle.id, name: 'Els', role: 'supportStaff' });
const records = {
  cycles: [cycle],
  participants: [els],
  assessments: [
    {
      ...createAssessment({
        cycleId: cycle.id,
        expectationCode: 'M2',
        kind: 'individual',
        participantId: els.id,
      }),
      justification: 'Besproken met de moeder (0471 23 45 67).',
    },
  ],
  evidence: [
    {
      ...createEvidence({
        cycleId: cycle.id,
        title: 'Verslag overleg',
        kind: 'report',
        expectationCodes: ['M2'],
      }),
      description: 'Leerling 85.07.30-033.28, contact els.peeters@school.be',
    },
  ],
};

async function restoreRecords(page: Page): Promise<void> {
  await openApp(page, '/app/gegevens/');
  await restoreBackup(page, {
    name: 'persoonsgegevens.zip',
    mimeType: 'application/zip',
    buffer: await backupWith(records),
  });
}

test('before a backup, personal-looking data is listed masked, with where it is and a link to fix it', async ({
  page,
}) => {
  test.slow(true, 'restores data, reviews it before a backup and follows a link to fix it');
  await restoreRecords(page);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  const backUp = page.getByRole('button', { name: 'Back-up downloaden' });
  await backUp.click();

  const review = page.getByRole('region', { name: 'Mogelijke persoonsgegevens' });
  await expect(review.getByRole('heading')).toBeFocused();
  const findings = review.getByRole('list', { name: 'Gevonden persoonsgegevens' }).getByRole('listitem');
  await expect(findings).toHaveText([
    /^telefoonnummer 04•• •• •• 67 — Verantwoording bij M2 — deelnemer Els \(cyclus "Zelfevaluatie 2025-2026"\)/,
    /^rijksregisternummer 85.••.••-•••.28 — Bron "Verslag overleg" — beschrijving/,
    /^e-mailadres e••••••••••@school.be — Bron "Verslag overleg" — beschrijving/,
  ]);
  await expect(review).not.toContainText('0471 23 45 67');
  await expect(
    findings.first().getByRole('link', { name: /^Aanpassen: Verantwoording bij M2 — deelnemer Els/ }),
  ).toHaveAttribute('href', `/app/beoordelen/m2/?cyclus=${cycle.id}#beoordeling`);
  await expect(findings.nth(1).getByRole('link')).toHaveAttribute('href', `/app/bronnen/?cyclus=${cycle.id}`);
  await expectNoAxeViolations(page);

  await review.getByRole('button', { name: 'Annuleren' }).click();
  await expect(review).toHaveCount(0);
  await expect(backUp).toBeFocused();
  expect(downloads).toBe(0);

  await backUp.click();
  const pending = page.waitForEvent('download');
  await review.getByRole('button', { name: 'Toch exporteren' }).click();
  expect((await pending).suggestedFilename()).toMatch(/\.zip$/);
  await expect(review).toHaveCount(0);
});

test('before a report download, the same warning comes first', async ({ page }) => {
  await restoreRecords(page);
  await openApp(page, `/app/rapport/?cyclus=${cycle.id}`);
  await page.getByRole('button', { name: 'Word-bestand (.docx)' }).click();
  const review = page.getByRole('region', { name: 'Mogelijke persoonsgegevens' });
  await expect(review.getByRole('listitem')).toHaveCount(3);
  const pending = page.waitForEvent('download');
  await review.getByRole('button', { name: 'Toch exporteren' }).click();
  expect((await pending).suggestedFilename()).toMatch(/\.docx$/);
});

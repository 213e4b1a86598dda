import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openApp, waitForPageSettled } from './open-app';
import { LAPTOP, PHONE, expectNoSidewaysScroll } from './page-layout';
import { cycleIdOf } from './team-contributions';

/**
 * Words that make a personal reflection read like a team tool, found by reading every view of one: the team and
 * its plural address, its meeting and its phases, the people around a coordinator. Each is a pattern so that a
 * compound counts too (teamoverzichten, bespreekpunten), while "schoolteam", the referentiekader's own
 * ondersteuningsniveau, does not. The team phase "bevraging" is not among them: a bevraging is also a kind of
 * source anyone may hold ("Bevraging ouders 2026"); the phases are checked by name instead.
 */
const TEAM_WORDS = [
  /jullie/i,
  /\bteam/i,
  /consensus/i,
  /bespreekpunt/i,
  /gezamenlijk/i,
  /coördinator/i,
  /deelnemer/i,
  /\bvoorbereiding\b/i,
] as const;

/**
 * Everything the page holds for a reader or a screen reader, hidden by CSS or not: its text and the names and
 * hints in attributes. Left out, each for its reason: the referentiekader's words and our reflection questions
 * beside the form (the same for every reader, and quoted as written), and the entrance for an invitation from a
 * team on the list of cycles (it is how a team member starts, whatever else is on the device).
 */
async function interfaceText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skipped = '.official, .ours, script, style, template, [aria-labelledby="open-invitation-title"]';
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node instanceof Element) {
        if (node.matches(skipped)) return;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
          parts.push(node.getAttribute(name) ?? '');
      } else if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      node.childNodes.forEach(walk);
    };
    walk(document.body);
    return parts.join(' ');
  });
}

/** Fails naming each team word the page holds, with a bit of the text around it. */
async function expectNoTeamWords(page: Page, view: string): Promise<void> {
  const text = (await interfaceText(page)).replace(/\s+/g, ' ');
  const found = TEAM_WORDS.flatMap((word) => {
    const match = word.exec(text);
    return match ? [`${view}: "${text.slice(Math.max(0, match.index - 40), match.index + 40)}"`] : [];
  });
  expect(found).toEqual([]);
}

test('a personal reflection speaks to one person: its own phases and no team words in any of its views', async ({
  page,
}) => {
  test.slow(true, 'starts a personal reflection and reads each of its views, with axe on each');

  // Starting one: the name asked for is not said to appear in team overviews.
  await openApp(page, '/app/cyclus/nieuw/');
  await page.getByLabel('Titel').fill('Mijn reflectie 2026-2027');
  await page.getByLabel('Schooljaar').fill('2026-2027');
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: /^Een focus/ }).check();
  for (const code of ['M1', 'M2'])
    await page.getByRole('checkbox', { name: new RegExp(`^${code} — `) }).check();
  await page.getByRole('button', { name: 'Volgende' }).click();
  await page.getByRole('radio', { name: /individuele reflectie/ }).check();
  const you = page.getByRole('group', { name: 'Wie ben jij?' });
  await expect(you).toBeVisible();
  const youText = await you.evaluate((element) => element.textContent ?? '');
  expect(TEAM_WORDS.filter((word) => word.test(youText)).map(String)).toEqual([]);
  await page.getByLabel('Naam of alias').fill('Sofie');
  await page.getByRole('button', { name: 'Zelfevaluatie starten' }).click();
  await page.waitForURL(/\/app\/cyclus\/\?cyclus=/);
  const cycleId = cycleIdOf(page);
  await waitForPageSettled(page);

  // Its phases are its own, and the overview has no column of voices beside the ratings.
  await expect(page.getByRole('list', { name: 'Fasen van de cyclus' }).getByRole('listitem')).toHaveText([
    /^reflectie/,
    /^acties/,
    /^opvolging/,
    /^afgesloten/,
  ]);
  await expect(page.locator('.cycle-bar')).toContainText('fase: reflectie');
  // Bevragingen of schools and parents inform a team's judgement and the centre's report, not one's own.
  await expect(page.locator('.cycle-bar').getByRole('link', { name: 'Bevragingen' })).toHaveCount(0);
  const table = page.getByRole('table', { name: 'Beoordeling, bronnen en acties per verwachting' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'Verwachting',
    'Beoordeling',
    'Bronnen',
    'Acties',
  ]);
  await expectNoTeamWords(page, 'overzicht');
  // No action yet, said once.
  await expect(page.getByRole('region', { name: 'Acties' }).getByText(/geen open acties/i)).toHaveCount(1);
  await expectNoAxeViolations(page);

  // Rating an expectation.
  await openApp(page, `/app/beoordelen/m1/?cyclus=${cycleId}#beoordeling`);
  await page.getByRole('radio', { name: /volgens de verwachting/ }).check();
  await page.getByLabel('Verantwoording').fill('Ik stem de leersteun af op wat de leraar nodig heeft.');
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen op dit toestel' })).toBeVisible();
  await expectNoTeamWords(page, 'beoordelen');
  await expect(page.getByText('Nog geen bevraging zegt iets over deze verwachting.')).toHaveCount(0);

  // Its sources, with the form for a new one open.
  await openApp(page, `/app/bronnen/?cyclus=${cycleId}`);
  await page.getByRole('button', { name: 'Nieuwe bron toevoegen' }).click();
  await expect(page.getByLabel('Titel')).toBeVisible();
  await expectNoTeamWords(page, 'bronnen');
  await expectNoAxeViolations(page);

  // Its actions, with one open in the editor.
  await openApp(page, `/app/actieplan/?cyclus=${cycleId}`);
  await page.getByLabel('Titel van de nieuwe actie').fill('Leesgroep met twee collega’s');
  await page.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(page.getByRole('dialog', { name: 'Actie bewerken' })).toBeVisible();
  await expectNoTeamWords(page, 'actieplan');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Sluiten' }).click();

  // The overview again, now with a rating and an action, and the list of cycles.
  await openApp(page, `/app/cyclus/?cyclus=${cycleId}`);
  await waitForPageSettled(page);
  await expectNoTeamWords(page, 'overzicht met een oordeel en een actie');
  // On a phone too: the phases, the table and the next step fit the window.
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScroll(page);
  await expectNoAxeViolations(page);
  await page.setViewportSize(LAPTOP);
  await openApp(page, '/app/');
  await expect(page.getByRole('link', { name: 'Mijn reflectie 2026-2027' })).toBeVisible();
  await expectNoTeamWords(page, 'zelfevaluaties');
});

import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openApp, waitForPageSettled } from './open-app';
import { createTeamCycle, downloadFrom, openInvitation, rateWithKeyboard } from './team-contributions';

/** What only the coordinator uses: moving the cycle through its phases and starting next year from it. */
async function expectNoCoordinatorControls(page: Page): Promise<void> {
  await expect(page.getByRole('list', { name: 'Fasen van de cyclus' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Naar de volgende fase/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Volgend schooljaar starten' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nieuwe cyclus starten' })).toHaveCount(0);
  await expect(page.getByText(/fase: /)).toHaveCount(0);
}

test('a member’s cycle, once rated, leads to handing in the contribution by the team’s deadline', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(true, 'a coordinator and a member, each in a browser of their own, through the real pages');

  // The coordinator starts the team cycle, asks the contributions back by 31 March and downloads the invitation.
  const teamCycleId = await createTeamCycle(page, 'Teamzelfevaluatie 2026-2027', ['M1', 'M2']);
  await openApp(page, `/app/bijdragen/?cyclus=${teamCycleId}`);
  await page.getByLabel(/^Graag terug tegen/).fill('2027-03-31');
  await expect(page.getByText(/De termijn is bewaard/)).toBeVisible();
  const invitation = await downloadFrom(page, 'Uitnodiging downloaden');

  // The member opens it on a laptop of their own.
  const member = await (
    await browser.newContext({ ...(baseURL ? { baseURL } : {}), locale: 'nl-BE' })
  ).newPage();
  const cycleId = await openInvitation(member, invitation, 'An Peeters');
  await waitForPageSettled(member);

  // Named after the team cycle, not as a personal reflection, and without the coordinator's controls.
  const cycleBar = member.locator('.cycle-bar');
  await expect(cycleBar).toContainText('Bijdrage voor Teamzelfevaluatie 2026-2027');
  await expect(cycleBar).not.toContainText('individuele reflectie');
  await expectNoCoordinatorControls(member);
  await openApp(member, '/app/');
  await expect(member.getByRole('link', { name: 'Bijdrage voor Teamzelfevaluatie 2026-2027' })).toBeVisible();
  await expect(member.getByText('individuele reflectie')).toHaveCount(0);

  // On the last expectation, before everything is rated, the way back to the overview stays.
  await rateWithKeyboard(member, cycleId, 'M2', 2);
  const pager = member.getByRole('navigation', { name: 'Naar een andere verwachting' });
  await expect(pager.getByRole('link', { name: 'Terug naar het overzicht' })).toBeVisible();
  await expect(member.getByRole('link', { name: 'Bijdrage bezorgen' })).toHaveCount(0);

  // Once the last open expectation is rated, the last expectation page offers handing in, with the deadline.
  await rateWithKeyboard(member, cycleId, 'M1', 3);
  await member.keyboard.press('Alt+PageDown');
  await member.waitForURL(/\/app\/beoordelen\/m2\//);
  await waitForPageSettled(member);
  await expect(pager.getByText('Graag terug tegen 31 maart 2027.')).toBeVisible();
  await expectNoAxeViolations(member);
  await pager.getByRole('link', { name: 'Bijdrage bezorgen' }).click();

  // It leads to the existing download on the overview, which comes into view with focus on its heading.
  await member.waitForURL(/\/app\/cyclus\/\?cyclus=.*#contribution-title$/);
  await waitForPageSettled(member);
  const contribution = member.getByRole('region', { name: 'Je bijdrage voor het team' });
  const heading = contribution.getByRole('heading', { name: 'Je bijdrage voor het team' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();

  // On top of the overview the next step is the same, with the deadline; no action plan in sight.
  const nextStep = member.getByRole('region', { name: 'Volgende stap' });
  await expect(nextStep.getByRole('link', { name: 'Bijdrage bezorgen' })).toHaveAttribute(
    'href',
    '#contribution-title',
  );
  await expect(nextStep).toContainText('Graag terug tegen 31 maart 2027.');
  await expect(nextStep).not.toContainText('actieplan');
  await expectNoCoordinatorControls(member);
  await expectNoAxeViolations(member);

  // Downloading it keeps focus on the button, where the keyboard user was.
  await downloadFrom(member, 'Bijdrage downloaden');
  await expect(contribution.getByText(/^Bijdrage gedownload: /)).toBeVisible();
  await expect(contribution.getByRole('button', { name: 'Bijdrage downloaden' })).toBeFocused();

  // Beside a reflection of their own, the comparison names the member's cycle as the contribution it is.
  await openApp(member, '/app/cyclus/nieuw/');
  await member.getByLabel('Titel').fill('Mijn reflectie');
  await member.getByLabel('Schooljaar').fill('2026-2027');
  await member.getByRole('button', { name: 'Volgende' }).click();
  await member.getByRole('button', { name: 'Volgende' }).click();
  await member.getByRole('radio', { name: /individuele reflectie/ }).check();
  await member.getByLabel('Naam of alias').fill('An Peeters');
  await member.getByRole('button', { name: 'Zelfevaluatie starten' }).click();
  await member.waitForURL(/\/app\/cyclus\/\?cyclus=/);
  await openApp(member, '/app/vergelijken/');
  const choices = member.getByRole('group', { name: 'Welke zelfevaluaties vergelijk je?' });
  await expect(
    choices.getByRole('checkbox', {
      name: /^Bijdrage voor Teamzelfevaluatie 2026-2027 \(.* · op uitnodiging van je team\)$/,
    }),
  ).toBeVisible();
  await expect(
    choices.getByRole('checkbox', { name: /^Mijn reflectie \(.* · individuele reflectie · / }),
  ).toBeVisible();
  await member.context().close();
});

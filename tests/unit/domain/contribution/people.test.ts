import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../../src/domain/assessment';
import { CONTRIBUTION_FILE } from '../../../../src/domain/contribution/contribution-file';
import { buildImport, type MatchChoice } from '../../../../src/domain/contribution/import-records';
import {
  planContributionImport,
  type ReadContribution,
} from '../../../../src/domain/contribution/import-plan';
import {
  invitationFileName,
  memberCycleFromInvitation,
} from '../../../../src/domain/contribution/invitation-file';
import { readTeamFile } from '../../../../src/domain/contribution/read-file';
import { deadlinePassed } from '../../../../src/domain/contribution/terms';
import type { Cycle } from '../../../../src/domain/cycle';
import { inCycleOrder, type Participant } from '../../../../src/domain/participant';
import { createParticipant } from '../../../../src/domain/participant-schema';
import { NOW } from '../factories';
import { contributionFrom, personalInvitation, readable, teamWithInvitation } from './team-files';

const LATER = new Date('2026-01-20T09:00:00.000Z');
const alias = (n: number): string => `Anoniem ${n}`;

/** Plans and imports a batch with the coordinator's answers; returns the plan and what would be written. */
function importInto(
  team: Cycle,
  participants: Participant[],
  files: ReadContribution[],
  matches: Record<string, MatchChoice> = {},
  assessments: Assessment[] = [],
) {
  const plan = planContributionImport(team, participants, assessments, files);
  const outcome = buildImport(
    plan,
    team,
    participants,
    assessments,
    new Set(),
    alias,
    LATER,
    new Map(Object.entries(matches)),
  );
  const written = new Map(outcome.records.participants.map((p) => [p.id, p]));
  return {
    plan,
    outcome,
    participants: inCycleOrder([...participants.filter((p) => !written.has(p.id)), ...written.values()]),
  };
}

describe('participants are people, not files', () => {
  const { team, invitation: open } = teamWithInvitation();
  const listed = (name: string, role: Participant['role'] = 'supportStaff', minutes = 0, anonymous = false) =>
    createParticipant(
      { cycleId: team.id, name, role, anonymous },
      new Date(NOW.getTime() + minutes * 60_000),
    );
  const an = listed('An Peeters', 'supportStaff', 1);
  const bram = listed('Bram Claes', 'teamCoach', 2);

  it('a personal invitation names its participant; the member starts under that name and role', () => {
    const invitation = personalInvitation(team, bram);
    expect(invitation.terms.participant).toEqual({ id: bram.id, name: 'Bram Claes', role: 'teamCoach' });
    expect(invitationFileName(invitation)).toBe('uitnodiging-zelfevaluatie-2025-2026-bram-claes.json');
    expect(memberCycleFromInvitation(invitation, 'Bram Claes', NOW).self.role).toBe('teamCoach');
  });

  it('a personal contribution lands on its own participant: no one is added, the list keeps its name', () => {
    const { file } = contributionFrom(personalInvitation(team, an), { R1: 'meets' }, { name: 'an peeters' });
    expect(file.contributor.participantId).toBe(an.id);
    const result = importInto(team, [an, bram], [readable('an.json', file)]);
    expect(result.plan.entries.map((entry) => entry.kind)).toEqual(['personal']);
    expect(result.outcome.added).toEqual([]);
    expect(result.participants.map((p) => p.name)).toEqual(['An Peeters', 'Bram Claes']);
    expect(result.participants[0]).toMatchObject({
      id: an.id,
      origin: 'added',
      contribution: {
        key: file.contributor.key,
        version: 1,
        personal: true,
        receivedAt: LATER.toISOString(),
      },
    });
    expect(result.outcome.records.assessments.map((a) => [a.participantId, a.rating])).toEqual([
      [an.id, 'meets'],
    ]);
  });

  it('an anonymous contribution does not say whose personal invitation it answers', () => {
    const { file } = contributionFrom(personalInvitation(team, an), { R1: 'meets' }, { anonymous: true });
    expect(file.contributor).not.toHaveProperty('participantId');
    expect(file.contributor).not.toHaveProperty('name');
  });

  it('an open contribution with a listed name waits for the coordinator: it is that person, someone new, or not read in', () => {
    const { file } = contributionFrom(open, { R1: 'below' }, { name: 'Bram  claes', role: 'teamCoach' });
    const files = [readable('bram.json', file)];
    const unanswered = importInto(team, [an, bram], files);
    expect(unanswered.plan.entries).toMatchObject([{ kind: 'match', candidates: [{ id: bram.id }] }]);
    // Nothing silently: without her answer, no one is added and Bram stays without a contribution.
    expect(unanswered.outcome.records.participants).toEqual([]);
    expect(unanswered.outcome.skipped).toHaveLength(1);

    const isBram = importInto(team, [an, bram], files, { [file.contributor.key]: bram.id });
    expect(isBram.participants.map((p) => [p.name, p.contribution?.personal])).toEqual([
      ['An Peeters', undefined],
      ['Bram Claes', false],
    ]);

    const someoneElse = importInto(team, [an, bram], files, { [file.contributor.key]: 'new' });
    expect(someoneElse.participants.map((p) => [p.name, p.origin])).toEqual([
      ['An Peeters', 'added'],
      ['Bram Claes', 'added'],
      ['Bram  claes', 'file'],
    ]);
  });

  it('an anonymous open contribution may be the anonymous listed participant of its role, and an unknown name is new', () => {
    const colleague = listed('Teamlid 6', 'staff', 3, true);
    const anonymous = contributionFrom(open, { R1: 'meets' }, { anonymous: true, role: 'staff' }).file;
    const stranger = contributionFrom(open, { R1: 'meets' }, { name: 'Dirk Maes' }).file;
    const { plan } = importInto(
      team,
      [an, colleague],
      [readable('a.json', anonymous), readable('d.json', stranger)],
    );
    expect(plan.entries.map((entry) => entry.kind)).toEqual(['match', 'new']);
    const result = importInto(
      team,
      [an, colleague],
      [readable('a.json', anonymous), readable('d.json', stranger)],
      {
        [anonymous.contributor.key]: colleague.id,
      },
    );
    expect(result.participants.map((p) => [p.name, p.origin, p.anonymous])).toEqual([
      ['An Peeters', 'added', false],
      ['Teamlid 6', 'added', true],
      ['Dirk Maes', 'file', false],
    ]);
  });

  it('a new version counts on: the second file read in is version 2 and keeps how it was invited', () => {
    const invitation = personalInvitation(team, an);
    const first = contributionFrom(invitation, { R1: 'meets' }, { name: 'An Peeters' });
    const once = importInto(team, [an], [readable('an.json', first.file)]);
    const again = contributionFrom(
      invitation,
      { R1: 'exceeds' },
      { name: 'An Peeters' },
      { member: first.member, at: LATER },
    );
    const plan = planContributionImport(team, once.participants, once.outcome.records.assessments, [
      readable('an-2.json', again.file),
    ]);
    expect(plan.entries.map((entry) => entry.kind)).toEqual(['replacement']);
    const outcome = buildImport(
      plan,
      team,
      once.participants,
      once.outcome.records.assessments,
      new Set([again.file.contributor.key]),
      alias,
      LATER,
    );
    expect(outcome.replaced[0]?.contribution).toMatchObject({ version: 2, personal: true });
  });

  it('two files from one invited person in one batch: only the newest counts', () => {
    const invitation = personalInvitation(team, an);
    const laptop = contributionFrom(invitation, { R1: 'meets' }, { name: 'An Peeters' }).file;
    const tablet = contributionFrom(invitation, { R1: 'below' }, { name: 'An Peeters' }, { at: LATER }).file;
    const { plan, participants } = importInto(
      team,
      [an],
      [readable('a.json', laptop), readable('b.json', tablet)],
    );
    expect(plan.entries.map((entry) => entry.kind)).toEqual(['duplicate', 'personal']);
    expect(participants).toHaveLength(1);
  });

  it('shows everyone in one order: as the coordinator added them, then as they joined from files', () => {
    const fromFile = createParticipant(
      { cycleId: team.id, name: 'Anoniem 1', role: 'staff', origin: 'file' },
      NOW,
    );
    const addedLater = listed('Zoë', 'director', 60);
    const sameImport = { ...fromFile, id: crypto.randomUUID(), name: 'Anoniem 2' };
    expect(inCycleOrder([sameImport, addedLater, fromFile, bram, an]).map((p) => p.name)).toEqual([
      'An Peeters',
      'Bram Claes',
      'Zoë',
      'Anoniem 1',
      'Anoniem 2',
    ]);
  });
});

describe('the deadline of an invitation', () => {
  it('has passed only after its day; without one, it never passes', () => {
    expect(deadlinePassed({ deadline: '2027-03-31' }, '2027-03-31')).toBe(false);
    expect(deadlinePassed({ deadline: '2027-03-31' }, '2027-04-01')).toBe(true);
    expect(deadlinePassed({}, '2099-01-01')).toBe(false);
  });
});

describe('a contribution file of format version 1', () => {
  const bytes = readFileSync(join(import.meta.dirname, '../../../fixtures/contributions/bijdrage-v1.json'));

  it('still reads, as version 2: a level 4 it kept passed the full guard, so its ticked criteria count as backed', async () => {
    const file = await readTeamFile(new Uint8Array(bytes), CONTRIBUTION_FILE);
    expect(file.formatVersion).toBe(2);
    expect(file.contributor).toEqual({
      key: 'a3e1b7c9-42d8-4f6e-b1a5-7c9d0e2f4a68',
      role: 'supportStaff',
      anonymous: false,
      name: 'Bram Claes',
    });
    // M2: the member chose level 4, and the old guard kept "nog niet beoordeeld" meanwhile; the choice shows.
    expect(file.assessments.map((a) => a.rating)).toEqual(['approaching', 'exceeds', 'exceeds']);
    expect(file.assessments[1]?.goodPractice?.criteria).toEqual([
      { criterionId: 'beyondUsual', met: true, backed: false },
    ]);
    expect(file.assessments[2]?.goodPractice).toEqual({
      description: 'Vaste opstartdag met CLB.',
      criteria: ['beyondUsual', 'positiveImpact', 'embedded', 'grounded', 'inspiring'].map((criterionId) => ({
        criterionId,
        met: true,
        backed: true,
      })),
    });
  });
});

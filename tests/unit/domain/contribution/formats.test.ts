import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../../../src/domain/assessment';
import {
  CONTRIBUTION_FILE,
  CONTRIBUTION_FORMAT_VERSION,
  contributionFileName,
  createContributionFile,
} from '../../../../src/domain/contribution/contribution-file';
import { TeamFileError } from '../../../../src/domain/contribution/file-error';
import {
  INVITATION_FILE,
  INVITATION_FORMAT_VERSION,
  invitationFileName,
  memberCycleFromInvitation,
} from '../../../../src/domain/contribution/invitation-file';
import {
  MAX_TEAM_FILE_BYTES,
  readTeamFile,
  serialiseTeamFile,
} from '../../../../src/domain/contribution/read-file';
import { PARTICIPANT_ROLES } from '../../../../src/domain/participant';
import { NOW } from '../factories';
import { contributionFrom, teamWithInvitation } from './team-files';

const bytesOf = (value: unknown): Uint8Array =>
  new TextEncoder().encode(typeof value === 'string' ? value : serialiseTeamFile(value as object));

async function refusal(promise: Promise<unknown>): Promise<TeamFileError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(TeamFileError);
  return error as TeamFileError;
}

describe('an invitation file', () => {
  it('reads back exactly as it was written', async () => {
    const { team, invitation } = teamWithInvitation({
      title: 'Zelfevaluatie 2025-2026',
      endDate: '2026-03-31',
    });
    expect(invitation).toMatchObject({
      format: 'leersteunspiegel-uitnodiging',
      formatVersion: INVITATION_FORMAT_VERSION,
      cycle: { title: team.title, schoolYear: '2025-2026', scope: ['R1', 'R2', 'M2'] },
      terms: { teamCycleId: team.id, anonymousAllowed: true },
    });
    expect(await readTeamFile(bytesOf(invitation), INVITATION_FILE)).toEqual(invitation);
    expect(invitationFileName(invitation)).toBe('uitnodiging-zelfevaluatie-2025-2026.json');
  });

  it('is read leniently: scope and roles in any order, missing roles and anonymity get defaults', async () => {
    const { invitation } = teamWithInvitation();
    const { roles: _roles, anonymousAllowed: _anonymous, ...terms } = invitation.terms;
    const loose = { ...invitation, cycle: { ...invitation.cycle, scope: ['M2', 'R1', 'R2', 'R1'] }, terms };
    const read = await readTeamFile(bytesOf(loose), INVITATION_FILE);
    expect(read.cycle.scope).toEqual(['R1', 'R2', 'M2']);
    expect(read.terms.roles).toEqual([...PARTICIPANT_ROLES]);
    expect(read.terms.anonymousAllowed).toBe(false);
  });

  it('opens as an individual cycle of the same title, year and scope, ending on the deadline, with a new key', () => {
    const { team, invitation } = teamWithInvitation();
    const withDeadline = {
      ...invitation,
      terms: { ...invitation.terms, deadline: '2026-03-31', roles: ['staff' as const] },
    };
    const first = memberCycleFromInvitation(withDeadline, 'Bram');
    const second = memberCycleFromInvitation(withDeadline, 'Bram');
    expect(first.cycle).toMatchObject({
      mode: 'individual',
      title: team.title,
      schoolYear: team.schoolYear,
      scope: team.scope,
      endDate: '2026-03-31',
      invitation: { teamCycleId: team.id, roles: ['staff'], anonymousAllowed: true },
    });
    expect(first.self).toMatchObject({ cycleId: first.cycle.id, name: 'Bram', role: 'staff' });
    expect(first.cycle.invitation?.contributorKey).not.toBe(second.cycle.invitation?.contributorKey);
  });
});

describe('a contribution file', () => {
  it('reads back exactly as it was written, named or anonymous', async () => {
    const { invitation } = teamWithInvitation();
    const named = contributionFrom(invitation, { R1: 'meets', M2: 'below' }, { name: 'Émile Dûbois' }).file;
    expect(await readTeamFile(bytesOf(named), CONTRIBUTION_FILE)).toEqual(named);
    expect(named.assessments.map((a) => [a.expectationCode, a.rating])).toEqual([
      ['R1', 'meets'],
      ['M2', 'below'],
    ]);
    expect(contributionFileName(named)).toBe('bijdrage-zelfevaluatie-2025-2026-emile-dubois.json');

    const anonymous = contributionFrom(
      invitation,
      { R2: 'approaching' },
      { name: 'Bram', anonymous: true },
    ).file;
    expect(anonymous.contributor).not.toHaveProperty('name');
    expect(JSON.stringify(anonymous)).not.toContain('Bram');
    expect(await readTeamFile(bytesOf(anonymous), CONTRIBUTION_FILE)).toEqual(anonymous);
    expect(contributionFileName(anonymous)).toBe(
      `bijdrage-zelfevaluatie-2025-2026-anoniem-${anonymous.contributor.key.slice(0, 4)}.json`,
    );
  });

  it('carries the same contributor key in every export of one member cycle', () => {
    const { invitation } = teamWithInvitation();
    const first = contributionFrom(invitation, { R1: 'meets' });
    const again = contributionFrom(invitation, { R1: 'below' }, {}, { member: first.member });
    expect(again.file.contributor.key).toBe(first.file.contributor.key);
    expect(contributionFrom(invitation, { R1: 'meets' }).file.contributor.key).not.toBe(
      first.file.contributor.key,
    );
  });

  it("holds only the member's own judgements in scope, with good-practice evidence left on the device", () => {
    const { invitation } = teamWithInvitation();
    const { cycle, self } = memberCycleFromInvitation(invitation, 'Bram', NOW);
    const own = {
      ...createAssessment({
        cycleId: cycle.id,
        expectationCode: 'M2',
        kind: 'individual',
        participantId: self.id,
      }),
      rating: 'exceeds' as const,
      goodPractice: {
        description: 'Intakedag',
        criteria: [{ criterionId: 'a', met: true, evidenceIds: [crypto.randomUUID()] }],
      },
    };
    const outOfScope = { ...own, id: crypto.randomUUID(), expectationCode: 'BL1' as const };
    const someoneElse = { ...own, id: crypto.randomUUID(), participantId: crypto.randomUUID() };
    const file = createContributionFile(cycle, self.id, [own, outOfScope, someoneElse], {
      name: 'Bram',
      role: 'supportStaff',
      anonymous: false,
    });
    expect(file.assessments).toHaveLength(1);
    // The criterion says it is backed, not by what: the sources stay on the member's device.
    expect(file.assessments[0]?.goodPractice?.criteria).toEqual([
      { criterionId: 'a', met: true, backed: true },
    ]);
  });

  it('refuses a choice the invitation does not allow', () => {
    const { invitation } = teamWithInvitation();
    const strict = {
      ...invitation,
      terms: { ...invitation.terms, anonymousAllowed: false, roles: ['staff' as const] },
    };
    expect(() => contributionFrom(strict, {}, { anonymous: true, role: 'staff' })).toThrow();
    expect(() => contributionFrom(strict, {}, { role: 'director' })).toThrow();
    expect(() => contributionFrom(strict, {}, { role: 'staff' })).not.toThrow();
  });

  it('is read leniently: missing texts, unordered judgements and a name beside "anonymous" are restored', async () => {
    const { invitation } = teamWithInvitation();
    const { file } = contributionFrom(invitation, { R1: 'meets', M2: 'below' }, { anonymous: true });
    const loose = {
      ...file,
      contributor: { ...file.contributor, name: 'Toegevoegd met de hand' },
      assessments: [
        { expectationCode: 'M2', rating: 'below', supportLevels: ['schoolteam', 'leerling', 'leerling'] },
        { expectationCode: 'R1' },
      ],
    };
    const read = await readTeamFile(bytesOf(`\uFEFF${serialiseTeamFile(loose)}`), CONTRIBUTION_FILE);
    expect(read.contributor).not.toHaveProperty('name');
    expect(read.assessments).toEqual([
      {
        expectationCode: 'R1',
        rating: 'notRated',
        justification: '',
        strengths: '',
        pointsToDevelop: '',
        supportLevels: [],
      },
      {
        expectationCode: 'M2',
        rating: 'below',
        justification: '',
        strengths: '',
        pointsToDevelop: '',
        supportLevels: ['leerling', 'schoolteam'],
      },
    ]);
  });
});

describe('reading a team file refuses, each with its own reason', () => {
  const { invitation } = teamWithInvitation();
  const { file } = contributionFrom(invitation, { R1: 'meets' });

  it('a picture, a cut-off file, other JSON and a file too large', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]);
    expect((await refusal(readTeamFile(png, CONTRIBUTION_FILE))).code).toBe('notText');
    const text = serialiseTeamFile(file);
    expect((await refusal(readTeamFile(bytesOf(text.slice(0, 200)), CONTRIBUTION_FILE))).code).toBe(
      'notJson',
    );
    expect((await refusal(readTeamFile(bytesOf({ name: 'iets anders' }), CONTRIBUTION_FILE))).code).toBe(
      'notOurs',
    );
    expect((await refusal(readTeamFile(bytesOf('[1, 2]'), CONTRIBUTION_FILE))).code).toBe('notOurs');
    const huge = new Uint8Array(MAX_TEAM_FILE_BYTES + 1);
    expect((await refusal(readTeamFile(huge, CONTRIBUTION_FILE))).code).toBe('tooLarge');
  });

  it('an invitation where a contribution is expected, and the reverse', async () => {
    const asContribution = await refusal(readTeamFile(bytesOf(invitation), CONTRIBUTION_FILE));
    expect(asContribution).toMatchObject({ code: 'otherKind', foundFormat: 'leersteunspiegel-uitnodiging' });
    const asInvitation = await refusal(readTeamFile(bytesOf(file), INVITATION_FILE));
    expect(asInvitation).toMatchObject({ code: 'otherKind', foundFormat: 'leersteunspiegel-bijdrage' });
  });

  it('a newer format version, and wrong fields with the place they are wrong', async () => {
    expect(
      (
        await refusal(
          readTeamFile(
            bytesOf({ ...file, formatVersion: CONTRIBUTION_FORMAT_VERSION + 1 }),
            CONTRIBUTION_FILE,
          ),
        )
      ).code,
    ).toBe('newerVersion');
    const wrong = { ...file, assessments: [{ ...file.assessments[0], rating: 'uitstekend' }] };
    const invalid = await refusal(readTeamFile(bytesOf(wrong), CONTRIBUTION_FILE));
    expect(invalid.code).toBe('invalid');
    expect(invalid.problems.map((p) => p.field)).toEqual(['assessments.0.rating']);
    const twice = { ...file, assessments: [file.assessments[0], file.assessments[0]] };
    expect((await refusal(readTeamFile(bytesOf(twice), CONTRIBUTION_FILE))).code).toBe('invalid');
    const unnamed = { ...file, contributor: { ...file.contributor, name: undefined } };
    expect((await refusal(readTeamFile(bytesOf(unnamed), CONTRIBUTION_FILE))).problems[0]?.field).toBe(
      'contributor.name',
    );
  });

  it('unwraps the bytes first, so an envelope (encryption) slots in before the text is read', async () => {
    const reversed = bytesOf(file).reverse();
    await expect(readTeamFile(reversed, CONTRIBUTION_FILE)).rejects.toThrow(TeamFileError);
    const unwrap = async (bytes: Uint8Array) => bytes.slice().reverse();
    expect(await readTeamFile(reversed, CONTRIBUTION_FILE, unwrap)).toEqual(file);
  });
});

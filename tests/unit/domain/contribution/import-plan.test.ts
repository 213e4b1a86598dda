import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../../../src/domain/assessment';
import { TeamFileError } from '../../../../src/domain/contribution/file-error';
import { buildImport, type ImportOutcome } from '../../../../src/domain/contribution/import-records';
import {
  planContributionImport,
  type ImportPlan,
  type ReadContribution,
} from '../../../../src/domain/contribution/import-plan';
import type { Cycle } from '../../../../src/domain/cycle';
import { type Participant } from '../../../../src/domain/participant';
import { createParticipant } from '../../../../src/domain/participant-schema';
import { NOW, anAssessment } from '../factories';
import { contributionFrom, readable, teamWithInvitation } from './team-files';

const alias = (n: number): string => `Anoniem ${n}`;
const LATER = new Date('2026-01-20T09:00:00.000Z');
const EARLIER = new Date('2026-01-10T09:00:00.000Z');

/** Plans and imports, then returns the team cycle's records as they would be afterwards. */
function importInto(
  team: Cycle,
  participants: Participant[],
  assessments: Assessment[],
  files: ReadContribution[],
  confirmed: string[] = [],
): { plan: ImportPlan; outcome: ImportOutcome; participants: Participant[]; assessments: Assessment[] } {
  const plan = planContributionImport(team, participants, assessments, files);
  const outcome = buildImport(plan, team, participants, assessments, new Set(confirmed), alias, LATER);
  const written = new Map(outcome.records.participants.map((p) => [p.id, p]));
  const removed = new Set(outcome.records.removedAssessmentIds);
  const rewritten = new Set(outcome.records.assessments.map((a) => a.id));
  return {
    plan,
    outcome,
    participants: [...participants.filter((p) => !written.has(p.id)), ...written.values()],
    assessments: [
      ...assessments.filter((a) => !removed.has(a.id) && !rewritten.has(a.id)),
      ...outcome.records.assessments,
    ],
  };
}

/** Who rated what, without ids: what must not depend on the order of the files. */
function ratingsByName(participants: Participant[], assessments: Assessment[]) {
  return participants
    .map((p) => ({
      name: p.name,
      role: p.role,
      anonymous: p.anonymous,
      key: p.contribution?.key,
      ratings: assessments
        .filter((a) => a.participantId === p.id)
        .map((a) => `${a.expectationCode}:${a.rating}`)
        .sort(),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

describe('planning an import of contribution files', () => {
  const { team, invitation } = teamWithInvitation();
  const coordinator = createParticipant({ cycleId: team.id, name: 'Coördinator', role: 'coordinator' }, NOW);
  const ownRating = anAssessment(team, 'R1', 'meets', { participantId: coordinator.id });

  it('classifies every file: new, another cycle, broken, and a duplicate within the batch', () => {
    const an = contributionFrom(invitation, { R1: 'meets', R2: 'below' }, { name: 'An' }, { at: EARLIER });
    const anLater = contributionFrom(
      invitation,
      { R1: 'exceeds' },
      { name: 'An' },
      { at: LATER, member: an.member },
    );
    const other = teamWithInvitation();
    const foreign = contributionFrom(other.invitation, { R1: 'meets' }, { name: 'Cas' }).file;
    const plan = planContributionImport(
      team,
      [coordinator],
      [ownRating],
      [
        readable('c.json', foreign),
        readable('a-oud.json', an.file),
        readable('a-nieuw.json', anLater.file),
        { fileName: 'kapot.json', result: { ok: false, error: new TeamFileError('notJson') } },
      ],
    );
    expect(plan.entries.map((entry) => [entry.fileName, entry.kind])).toEqual([
      ['a-nieuw.json', 'new'],
      ['a-oud.json', 'duplicate'],
      ['c.json', 'otherCycle'],
      ['kapot.json', 'broken'],
    ]);
    expect(plan.entries[1]).toMatchObject({ keptFileName: 'a-nieuw.json' });
  });

  it('gives the same plan and the same records whatever order the files come in', () => {
    const files = [
      readable('an.json', contributionFrom(invitation, { R1: 'meets' }, { name: 'An' }).file),
      readable('x.json', contributionFrom(invitation, { R1: 'below' }, { anonymous: true }).file),
      readable('y.json', contributionFrom(invitation, { R2: 'meets' }, { anonymous: true }).file),
      readable(
        'z.json',
        contributionFrom(invitation, { M2: 'exceeds' }, { anonymous: true, role: 'staff' }).file,
      ),
      readable('an.json', contributionFrom(invitation, { R2: 'approaching' }, { name: 'An' }).file),
      { fileName: 'b.json', result: { ok: false, error: new TeamFileError('notOurs') } },
    ] satisfies ReadContribution[];
    const forwards = importInto(team, [coordinator], [ownRating], files);
    const backwards = importInto(team, [coordinator], [ownRating], [...files].reverse());
    const shuffled = importInto(
      team,
      [coordinator],
      [ownRating],
      [files[3]!, files[0]!, files[5]!, files[2]!, files[4]!, files[1]!],
    );
    for (const other of [backwards, shuffled]) {
      expect(other.plan.entries.map((e) => [e.fileName, e.kind])).toEqual(
        forwards.plan.entries.map((e) => [e.fileName, e.kind]),
      );
      expect(ratingsByName(other.participants, other.assessments)).toEqual(
        ratingsByName(forwards.participants, forwards.assessments),
      );
    }
    const names = forwards.participants.map((p) => p.name).sort();
    expect(names).toEqual(['An', 'An', 'Anoniem 1', 'Anoniem 2', 'Anoniem 3', 'Coördinator']);
  });

  it('recognises a contributor read in before: unchanged, or a replacement showing what changed', () => {
    const first = contributionFrom(
      invitation,
      { R1: 'approaching', R2: 'meets' },
      { name: 'An' },
      { at: EARLIER },
    );
    const before = importInto(team, [coordinator], [ownRating], [readable('an.json', first.file)]);
    expect(before.outcome.added.map((p) => p.name)).toEqual(['An']);

    const again = importInto(team, before.participants, before.assessments, [
      readable('an (1).json', first.file),
    ]);
    expect(again.plan.entries.map((e) => e.kind)).toEqual(['unchanged']);
    expect(again.outcome.records).toEqual({ participants: [], assessments: [], removedAssessmentIds: [] });

    const second = contributionFrom(
      invitation,
      { R1: 'meets', R2: 'meets', M2: 'below' },
      { name: 'An Peeters', role: 'staff' },
      { at: LATER, member: first.member },
    );
    const [entry] = planContributionImport(team, before.participants, before.assessments, [
      readable('an-2.json', {
        ...second.file,
        assessments: second.file.assessments.map((a) =>
          a.expectationCode === 'R2'
            ? { ...a, justification: first.file.assessments[1]!.justification, strengths: 'Sterk overleg.' }
            : a,
        ),
      }),
    ]).entries;
    expect(entry).toMatchObject({
      kind: 'replacement',
      older: false,
      changes: {
        name: { from: 'An', to: 'An Peeters' },
        role: { from: 'supportStaff', to: 'staff' },
        expectations: [
          { code: 'R1', rating: { from: 'approaching', to: 'meets' }, fields: ['justification'] },
          { code: 'R2', fields: ['strengths'] },
          { code: 'M2', rating: { from: 'notRated', to: 'below' }, fields: ['justification'] },
        ],
      },
    });
  });

  it('replaces an earlier contribution only when confirmed, keeping the ids of judgements that stay', () => {
    const first = contributionFrom(
      invitation,
      { R1: 'approaching', R2: 'meets' },
      { name: 'An' },
      { at: EARLIER },
    );
    const before = importInto(team, [coordinator], [ownRating], [readable('an.json', first.file)]);
    const second = contributionFrom(
      invitation,
      { R1: 'meets' },
      { name: 'An' },
      { at: LATER, member: first.member },
    );
    const files = [readable('an-2.json', second.file)];

    const unconfirmed = importInto(team, before.participants, before.assessments, files);
    expect(unconfirmed.outcome.skipped.map((e) => e.kind)).toEqual(['replacement']);
    expect(unconfirmed.outcome.records.assessments).toEqual([]);

    const key = first.file.contributor.key;
    const after = importInto(team, before.participants, before.assessments, files, [key]);
    const an = before.participants.find((p) => p.name === 'An')!;
    const anBefore = before.assessments.filter((a) => a.participantId === an.id);
    expect(after.outcome.replaced.map((p) => p.id)).toEqual([an.id]);
    expect(after.outcome.records.assessments).toEqual([
      expect.objectContaining({ id: anBefore.find((a) => a.expectationCode === 'R1')!.id, rating: 'meets' }),
    ]);
    expect(after.outcome.records.removedAssessmentIds).toEqual([
      anBefore.find((a) => a.expectationCode === 'R2')!.id,
    ]);
    expect(after.participants.find((p) => p.id === an.id)?.contribution?.exportedAt).toBe(
      LATER.toISOString(),
    );
    // The coordinator's own rating was never touched.
    expect(after.assessments).toContainEqual(ownRating);
    expect(after.participants).toContainEqual(coordinator);
  });

  it('marks a replacement made before the contribution already read in', () => {
    const first = contributionFrom(invitation, { R1: 'meets' }, { name: 'An' }, { at: LATER });
    const before = importInto(team, [], [], [readable('an.json', first.file)]);
    const older = contributionFrom(
      invitation,
      { R1: 'below' },
      { name: 'An' },
      { at: EARLIER, member: first.member },
    );
    const [entry] = planContributionImport(team, before.participants, before.assessments, [
      readable('an-oud.json', older.file),
    ]).entries;
    expect(entry).toMatchObject({ kind: 'replacement', older: true });
  });

  it('gives anonymous contributors the next free alias and keeps it when they send a new version', () => {
    const taken = createParticipant(
      { cycleId: team.id, name: 'Anoniem 1', role: 'staff', anonymous: true },
      NOW,
    );
    const first = contributionFrom(invitation, { R1: 'meets' }, { anonymous: true }, { at: EARLIER });
    const before = importInto(team, [taken], [], [readable('x.json', first.file)]);
    expect(before.outcome.added.map((p) => [p.name, p.anonymous])).toEqual([['Anoniem 2', true]]);
    const second = contributionFrom(
      invitation,
      { R1: 'below' },
      { anonymous: true },
      { at: LATER, member: first.member },
    );
    const after = importInto(
      team,
      before.participants,
      before.assessments,
      [readable('x2.json', second.file)],
      [first.file.contributor.key],
    );
    expect(after.outcome.replaced.map((p) => p.name)).toEqual(['Anoniem 2']);
  });

  it('leaves out judgements of expectations outside the team cycle scope', () => {
    const narrower = { ...team, scope: ['R1' as const] };
    const { file } = contributionFrom(invitation, { R1: 'meets', M2: 'below' }, { name: 'An' });
    const { outcome } = importInto(narrower, [], [], [readable('an.json', file)]);
    expect(outcome.records.assessments.map((a) => a.expectationCode)).toEqual(['R1']);
  });
});

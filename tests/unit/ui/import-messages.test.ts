import { describe, expect, it } from 'vitest';
import { TeamFileError } from '../../../src/domain/contribution/file-error';
import { planContributionImport } from '../../../src/domain/contribution/import-plan';
import { buildImport } from '../../../src/domain/contribution/import-records';
import type { FrameworkSummary } from '../../../src/domain/framework/framework-summary';
import {
  describeChanges,
  describeFileError,
  describeSkipped,
} from '../../../src/ui/contributions/import-messages';
import { contributionFrom, readable, teamWithInvitation } from '../domain/contribution/team-files';

const framework = {
  scale: [
    { id: 'below', label: 'beneden de verwachting' },
    { id: 'meets', label: 'volgens de verwachting' },
    { id: 'notRated', label: 'nog niet beoordeeld' },
  ],
} as unknown as FrameworkSummary;

describe('the Dutch messages of an import', () => {
  const { team, invitation } = teamWithInvitation({ title: 'Teamzelfevaluatie 2025-2026' });
  const other = teamWithInvitation({ title: 'Focus maatwerk', schoolYear: '2024-2025' });

  it('give a corrupt, a foreign, a duplicate and an unchanged file each its own reason, naming the file', () => {
    const an = contributionFrom(invitation, { R1: 'meets' }, { name: 'An' });
    const before = buildImport(
      planContributionImport(team, [], [], [readable('an.json', an.file)]),
      team,
      [],
      [],
      new Set(),
      (n) => `Anoniem ${n}`,
    ).records;
    const bram = contributionFrom(invitation, { R1: 'meets' }, { name: 'Bram' });
    const plan = planContributionImport(team, before.participants, before.assessments, [
      { fileName: 'kapot.json', result: { ok: false, error: new TeamFileError('notJson') } },
      readable('vreemd.json', contributionFrom(other.invitation, { R1: 'meets' }).file),
      readable('bram.json', bram.file),
      readable('bram-kopie.json', bram.file),
      readable('an-opnieuw.json', an.file),
    ]);
    const messages = plan.entries.filter((e) => e.kind !== 'new').map(describeSkipped);
    expect(messages).toEqual([
      'an-opnieuw.json: deze bijdrage van An is al ingelezen; er is niets veranderd.',
      // Two copies of one file: the first by name is kept.
      'bram.json: een tweede bestand van dezelfde persoon in deze selectie. Het nieuwste (bram-kopie.json) wordt gebruikt.',
      'kapot.json: dit bestand is beschadigd of onvolledig (geen geldige JSON).',
      'vreemd.json: deze bijdrage hoort bij een andere zelfevaluatie ("Focus maatwerk", 2024-2025), niet bij deze. Lees ze in bij die zelfevaluatie.',
    ]);
  });

  it('say what kind of file was chosen instead, and which fields are wrong', () => {
    expect(
      describeFileError(
        'uitnodiging.json',
        new TeamFileError('otherKind', [], 'leersteunspiegel-uitnodiging'),
      ),
    ).toBe(
      'uitnodiging.json: dit is een uitnodiging, geen bijdrage. Een teamlid opent ze bij "Zelfevaluaties" op het eigen toestel.',
    );
    expect(
      describeFileError('b.json', new TeamFileError('otherKind', [], 'leersteunspiegel-bijdrage')),
    ).toContain('dit is een bijdrage, geen uitnodiging');
    expect(
      describeFileError('antwoord.json', new TeamFileError('otherKind', [], 'leersteunspiegel-antwoord')),
    ).toContain('dit is een antwoordbestand van een bevraging');
    expect(
      describeFileError(
        'x.json',
        new TeamFileError('invalid', [{ field: 'assessments.0.rating', message: 'Ongeldige invoer' }]),
      ),
    ).toBe(
      'x.json: sommige gegevens in dit bestand zijn ongeldig: veld "assessments.0.rating": Ongeldige invoer',
    );
  });

  it('describe a new version as old → new ratings and the texts that changed', () => {
    expect(
      describeChanges(
        {
          role: { from: 'supportStaff', to: 'staff' },
          expectations: [
            { code: 'R1', rating: { from: 'below', to: 'meets' }, fields: ['justification'] },
            { code: 'M2', fields: ['strengths', 'pointsToDevelop'] },
          ],
        },
        framework,
      ),
    ).toEqual([
      'rol: leerondersteuner → medewerker',
      'R1: beneden de verwachting → volgens de verwachting',
      'R1: verantwoording gewijzigd',
      'M2: sterktes, ontwikkelpunten gewijzigd',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { REPORT_SECTION_IDS } from '../../../../src/domain/framework/report-content';
import { buildReport } from '../../../../src/domain/report/build-report';
import { ratingRows } from '../../../../src/domain/report/rating-rows';
import { personalJournalFixture, teamFixture } from './fixture-cycle';
import { expectValidModel, expectationOf, reportedExpectations, sectionOf } from './model-helpers';

describe('a personal report (an individual reflection)', () => {
  it('has only the sections about the person’s reflection, in their own words, and none about the centre or the team', () => {
    const { model } = personalJournalFixture();
    expectValidModel(model);
    expect(model.sections.map((section) => section.id)).toEqual([
      'overview',
      'qualitySupport',
      'summary',
      'developmentPlan',
      'appendices',
    ]);
    expect(model.sections.map((section) => section.title)).toEqual([
      'In één oogopslag',
      'Mijn reflectie per kwaliteitsverwachting',
      'Samenvatting',
      'Mijn acties',
      'Bijlagen',
    ]);
    expect(model.title).toBe('Persoonlijke reflectie — Mijn reflectie');
    expect(model.person).toEqual({ name: 'Ann Peeters', role: 'leerondersteuner' });
    expect(sectionOf(model, 'appendices')).not.toHaveProperty('participants');
  });

  it('speaks of no team anywhere: no consensus, no team recommendations, no "jullie", no centre as author', () => {
    const { model } = personalJournalFixture();
    const words = JSON.stringify(model);
    // Whole words: the referentiekader's own "schoolteamgerichte" (M1) is quoted, not ours.
    for (const teamWord of [/\bteam\b/i, /\bjullie\b/i, /consensus/i, /aanbeveling/i, /gezamenlijk/i]) {
      expect(words).not.toMatch(teamWord);
    }
    expect(model.colophon).toContain('de overige tekst is van wie deze reflectie schreef.');
  });

  it('shows per expectation the level, texts, the person’s own actions and sources, and the journal newest first', () => {
    const { model } = personalJournalFixture();
    expect(expectationOf(model, 'R1')).toMatchObject({
      rating: { id: 'meets' },
      judgedBy: 'individual',
      strengths: 'Goede band met de scholen.',
      evidence: [{ title: 'Logboek' }],
      actions: [],
      journal: [],
    });
    const r2 = expectationOf(model, 'R2');
    expect(r2.pointsToDevelop).toBe('Meer effect meten.');
    expect(r2.actions).toEqual([
      { title: 'Feedback van leraren vragen', status: 'lopend', dueDate: '2026-01-10', overdue: true },
      { title: 'Effectmeting uitproberen', status: 'gepland', dueDate: '2026-04-01', overdue: false },
    ]);
    expect(r2.journal).toEqual([
      { date: '2025-12-02', text: 'Meting gedaan: de leraren merken minder handelingsverlegenheid.' },
      { date: '2025-10-08', text: 'Eerste meting met twee scholen afgesproken.' },
    ]);
  });

  it('names the person as the one who judged in the CSV, now that the appendices list no participants', () => {
    const { model } = personalJournalFixture();
    expect(ratingRows(model, 'Team')[0]).toMatchObject({
      participant: 'Ann Peeters',
      role: 'leerondersteuner',
    });
  });
});

describe('a team report', () => {
  it('keeps every section of the outline, its participants, and no personal actions or journal per expectation', () => {
    const { input, vocabulary } = teamFixture();
    const model = buildReport(input, vocabulary);
    expect(model.sections.map((section) => section.id)).toEqual([...REPORT_SECTION_IDS]);
    expect(model).not.toHaveProperty('person');
    expect(sectionOf(model, 'appendices').participants?.length).toBeGreaterThan(0);
    for (const expectation of reportedExpectations(model)) {
      expect(expectation).not.toHaveProperty('actions');
      expect(expectation).not.toHaveProperty('journal');
    }
  });
});

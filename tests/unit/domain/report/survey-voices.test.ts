import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../../src/domain/report/build-report';
import { REPORT_FORMAT_VERSION } from '../../../../src/domain/report/report-format';
import { TEST_LABELS } from './vocabulary';
import { personalFixture } from './fixture-cycle';
import { expectValidModel, expectationOf, sectionOf } from './model-helpers';
import { OWN_STATEMENT, WRITTEN_EMAIL, surveyFixture } from './survey-fixture';

const labels = TEST_LABELS.surveys;

describe('the voices of the bevragingen in the report', () => {
  const fixture = surveyFixture();
  const model = buildReport(fixture.input, fixture.vocabulary);

  it('stays a valid model of the current format', () => {
    expectValidModel(model);
    expect(model.formatVersion).toBe(REPORT_FORMAT_VERSION);
    expect(model.options.includeOpenAnswers).toBe(false);
  });

  it('names in section 2 every bevraging, who was asked and how many answered; a running one has no results', () => {
    expect(sectionOf(model, 'qualityDevelopment').surveys).toEqual([
      {
        group: 'ouders',
        startDate: '2025-11-01',
        endDate: '2025-11-30',
        asked: 20,
        responses: 6,
        responseRate: 0.3,
        finished: true,
        status: labels.finished,
      },
      {
        group: 'leraren',
        startDate: '2026-01-10',
        endDate: '2026-02-28',
        asked: 40,
        responses: 2,
        responseRate: 0.05,
        finished: false,
        status: labels.running,
      },
    ]);
  });

  it('says of a bevraging closed before its period ended that it was closed early', () => {
    const closed = surveyFixture();
    const teachers = { ...closed.surveys.teachers, closedAt: '2026-01-12T10:00:00.000Z' };
    const input = { ...closed.input, surveys: [closed.surveys.parents, teachers] };
    const [, asked] = sectionOf(buildReport(input, closed.vocabulary), 'qualityDevelopment').surveys;
    expect(asked).toMatchObject({ group: 'leraren', finished: true, status: labels.closed });
  });

  it("counts each bevraging's group among the voices of section 2, beside the evidence", () => {
    const voices = sectionOf(model, 'qualityDevelopment').voices;
    const evidenceWithParents = fixture.input.evidence.filter((item) => item.voices.includes('parents'));
    expect(voices).toContainEqual({ voice: 'ouders', count: evidenceWithParents.length + 1 });
    expect(voices).toContainEqual(expect.objectContaining({ voice: 'leraren' }));
  });

  it('lists each bevraging as a source of kind bevraging with its voice, under the expectations it informs and in the appendix', () => {
    const source = {
      title: 'Bevraging van ouders',
      kind: 'bevraging',
      voices: ['ouders'],
      date: '2025-11-30',
      description: '',
      attachmentNames: [],
    };
    expect(expectationOf(model, 'M2').evidence).toContainEqual(expect.objectContaining(source));
    expect(expectationOf(model, 'R2').evidence).toContainEqual(
      expect.objectContaining({ title: 'Bevraging van leraren', voices: ['leraren'] }),
    );
    expect(expectationOf(model, 'R2').evidence).not.toContainEqual(expect.objectContaining(source));
    expect(sectionOf(model, 'appendices').evidence).toContainEqual(expect.objectContaining(source));
    const sources = sectionOf(model, 'qualityDevelopment').facts.find(
      (fact) => fact.label === TEST_LABELS.facts.evidence,
    );
    expect(sources?.value).toBe(String(fixture.input.evidence.length + 2));
  });

  it('gives in section 3 the results of a finished bevraging under each expectation its statements inform', () => {
    const [voice, ...others] = expectationOf(model, 'M2').surveyVoices;
    expect(others).toEqual([]);
    expect(voice?.survey.group).toBe('ouders');
    expect(voice?.mark).toBe(labels.ownQuestionnaire);
    expect(voice?.dontKnowLabel).toBe('weet ik niet / niet van toepassing');
    expect(voice?.statements).toEqual([
      {
        id: 'ouder-past-bij-kind',
        statement: 'De leersteun past bij wat mijn kind nodig heeft.',
        own: false,
        result: {
          shown: true,
          answers: 6,
          dontKnow: 1,
          // Four of the five on the scale agree: "weet ik niet" neither lowers nor raises the share.
          agreeShare: 0.8,
          distribution: [
            { label: 'klopt niet', count: 1 },
            { label: 'klopt eerder niet', count: 0 },
            { label: 'klopt eerder wel', count: 2 },
            { label: 'klopt', count: 2 },
          ],
        },
      },
    ]);
  });

  it('says of a hidden result only that there were too few answers, not even how many', () => {
    const statements = expectationOf(model, 'S2').surveyVoices.flatMap((voice) => voice.statements);
    const hidden = statements.find((statement) => statement.id === 'ouder-mening-bij-doelen');
    expect(hidden?.result).toEqual({ shown: false, note: labels.tooFewAnswers });
    expect(JSON.stringify(hidden)).not.toMatch(/\d/);
    const own = statements.find((statement) => statement.id === fixture.ownStatementId);
    expect(own).toMatchObject({ statement: OWN_STATEMENT, own: true, result: { shown: true, answers: 6 } });
  });

  it('shows nothing of a bevraging that still runs under the expectations it informs', () => {
    expect(expectationOf(model, 'R2').surveyVoices).toEqual([]);
    expect(JSON.stringify(sectionOf(model, 'qualitySupport'))).not.toContain('leraar-op-de-klasvloer');
  });

  it('puts each questionnaire as used in the appendices, marked as ours, with the scale and "weet ik niet" apart', () => {
    const [parents, teachers] = sectionOf(model, 'appendices').questionnaires;
    expect(parents).toMatchObject({
      title: 'Vragenlijst voor ouders',
      mark: labels.ownQuestionnaire,
      introduction: fixture.surveys.parents.introduction,
      scale: ['klopt niet', 'klopt eerder niet', 'klopt eerder wel', 'klopt'],
      dontKnowLabel: 'weet ik niet / niet van toepassing',
      openQuestions: [
        'Wat was voor jou en je kind het meest waardevol aan de leersteun?',
        'Wat zou je graag anders zien?',
      ],
    });
    expect(
      parents?.statements.map((statement) => [statement.id, statement.own, statement.expectationCodes]),
    ).toEqual([
      ['ouder-past-bij-kind', false, ['M2']],
      ['ouder-mening-bij-doelen', false, ['S1', 'S2']],
      [fixture.ownStatementId, true, ['S2']],
    ]);
    // A running bevraging is listed too, with its questionnaire's own introduction.
    expect(teachers?.survey.finished).toBe(false);
    expect(teachers?.introduction.length).toBeGreaterThan(0);
  });

  it('leaves the open answers out unless the options include them', () => {
    expect(sectionOf(model, 'appendices').openAnswers).toBeUndefined();
    expect(JSON.stringify(model)).not.toContain('De rust thuis.');
  });

  it('includes them when asked, screened for personal data and under a warning', () => {
    const withAnswers = surveyFixture({ includeOpenAnswers: true });
    const included = buildReport(withAnswers.input, withAnswers.vocabulary);
    expect(included.options.includeOpenAnswers).toBe(true);
    const open = sectionOf(included, 'appendices').openAnswers;
    expect(open?.title).toBe(labels.openAnswersTitle);
    expect(open?.warning).toBe(labels.openAnswersWarning);
    expect(open?.surveys.map(({ survey }) => survey.group)).toEqual(['ouders']);
    const answers = open?.surveys.flatMap(({ questions }) =>
      questions.flatMap((question) => question.answers),
    );
    expect(answers).toContain('De rust thuis.');
    expect(answers?.some((answer) => answer.includes('@example.org'))).toBe(true);
    expect(JSON.stringify(included)).not.toContain(WRITTEN_EMAIL);
  });

  it('leaves the voices out of a personal reflection, which is one person’s own', () => {
    const personal = personalFixture();
    const { input } = surveyFixture();
    // The same bevragingen, as if they belonged to the personal cycle.
    const surveys = (input.surveys ?? []).map((survey) => ({ ...survey, cycleId: personal.input.cycle.id }));
    const report = buildReport(
      { ...personal.input, surveys, surveyResponses: input.surveyResponses ?? [] },
      personal.vocabulary,
    );
    expect(JSON.stringify(report)).not.toContain('ouder-past-bij-kind');
  });
});

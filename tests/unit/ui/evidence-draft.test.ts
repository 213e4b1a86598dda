import { describe, expect, it } from 'vitest';
import { createEvidence } from '../../../src/domain/evidence-schema';
import { MAX_TEXT_LENGTH } from '../../../src/domain/record';
import { draftOf, newDraft } from '../../../src/ui/evidence/evidence-draft';
import { errorsOf, evidenceFromDraft } from '../../../src/ui/evidence/evidence-from-draft';
import * as strings from '../../../src/ui/strings';

const cycleId = crypto.randomUUID();
const valid = { ...newDraft({ expectation: 'R2' }), title: 'Verslag overleg' };

describe('newDraft', () => {
  it('starts from the filters the library shows', () => {
    expect(newDraft({ expectation: 'M2', kind: 'survey', voice: 'parents' })).toMatchObject({
      kind: 'survey',
      voices: ['parents'],
      expectationCodes: ['M2'],
    });
    expect(newDraft({})).toMatchObject({ kind: 'document', voices: [], expectationCodes: [] });
  });
});

describe('errorsOf', () => {
  it('finds nothing wrong with a titled draft linked to an expectation', () => {
    expect(errorsOf(valid)).toEqual({});
    expect(errorsOf({ ...valid, link: ' https://www.voorbeeld.be/verslag.pdf ' })).toEqual({});
  });

  it('asks for a title, an expectation and a web address that cannot run script', () => {
    const errors = strings.evidenceForm.errors;
    expect(errorsOf({ ...valid, title: '   ', expectationCodes: [] })).toEqual({
      title: errors.title,
      expectationCodes: errors.expectations,
    });
    for (const link of ['javascript:alert(1)', 'www.voorbeeld.be', 'ftp://voorbeeld.be/x']) {
      expect(errorsOf({ ...valid, link })).toEqual({ link: errors.link });
    }
    expect(errorsOf({ ...valid, title: 'x'.repeat(301) })).toEqual({ title: errors.titleTooLong });
    expect(errorsOf({ ...valid, description: 'x'.repeat(MAX_TEXT_LENGTH + 1) }).description).toContain(
      '20.000',
    );
  });
});

describe('evidenceFromDraft', () => {
  it('makes a new record in the cycle with trimmed text', () => {
    const evidence = evidenceFromDraft(
      { ...valid, title: ' Verslag ', date: '2026-10-02', link: ' https://a.be/x ' },
      cycleId,
    );
    expect(evidence).toMatchObject({ cycleId, title: 'Verslag', date: '2026-10-02', link: 'https://a.be/x' });
  });

  it('edits a stored record, and clearing the date or link removes it', () => {
    const stored = createEvidence({
      cycleId,
      title: 'Oud',
      kind: 'data',
      date: '2025-01-01',
      link: 'https://a.be/',
      expectationCodes: ['R1'],
    });
    const edited = evidenceFromDraft(
      { ...draftOf(stored), title: 'Nieuw', date: '', link: '' },
      cycleId,
      stored,
    );
    expect(edited).toEqual({
      id: stored.id,
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
      cycleId,
      title: 'Nieuw',
      kind: 'data',
      voices: [],
      description: '',
      expectationCodes: ['R1'],
    });
  });
});

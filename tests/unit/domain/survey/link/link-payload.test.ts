import { deflateSync } from 'fflate';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { askedStatements } from '../../../../../src/domain/survey/asked-statements';
import { toBase64Url } from '../../../../../src/domain/survey/link/base64url';
import { LINK_DICTIONARY_V1 } from '../../../../../src/domain/survey/link/link-dictionary';
import {
  LINK_FORMAT,
  LinkPayloadError,
  MAX_FRAGMENT_LENGTH,
  encodeLinkPayload,
  linkPayload,
  linkQuestionnaire,
  type LinkErrorCode,
} from '../../../../../src/domain/survey/link/link-payload';
import { decodeLinkPayload } from '../../../../../src/domain/survey/link/link-payload-schema';
import { RESPONDENT_GROUPS } from '../../../../../src/domain/survey/respondent-group';
import { MAX_OWN_STATEMENTS } from '../../../../../src/domain/survey/survey';
import { MAX_READABLE_QR_VERSION } from '../../../../../src/ui/surveys/QrCode';
import { HOSTILE_LIST } from '../../../../shared/hostile-strings';
import { aSurvey } from '../survey-factories';
import { realQuestionnaire } from './real-questionnaires';

const CENTRE = 'Leersteuncentrum Noord-Limburg';
/** The address a link has before its fragment; a real site's is about as long. */
const SITE = 'https://leersteunspiegel.be/bevraging/#';

/** The link of a bevraging asking every statement of the group's real questionnaire, with `own` own ones. */
function linkFor(group: (typeof RESPONDENT_GROUPS)[number], own = 0, introduction = '') {
  const questionnaire = realQuestionnaire(group);
  const survey = aSurvey({
    group,
    itemIds: questionnaire.items.map((item) => item.id),
    introduction,
    ownStatements: Array.from({ length: own }, (_, i) => ({
      id: crypto.randomUUID(),
      statement: `Een eigen stelling van het centrum over de samenwerking, nummer ${i + 1}.`,
      informs: ['R1' as const],
    })),
  });
  const payload = linkPayload(survey, questionnaire, askedStatements(survey, questionnaire), CENTRE);
  return { questionnaire, survey, payload, fragment: encodeLinkPayload(payload) };
}

function refusal(fragment: string): LinkErrorCode | undefined {
  try {
    decodeLinkPayload(fragment);
    return undefined;
  } catch (error) {
    if (error instanceof LinkPayloadError) return error.code;
    throw error;
  }
}

const packed = (json: unknown) =>
  toBase64Url(
    deflateSync(new TextEncoder().encode(JSON.stringify(json)), { level: 9, dictionary: LINK_DICTIONARY_V1 }),
  );

describe('the link of a bevraging', () => {
  it.each(RESPONDENT_GROUPS)('carries the %s questionnaire and reads back as sent', (group) => {
    const { payload, fragment, questionnaire, survey } = linkFor(group);
    expect(decodeLinkPayload(`#${fragment}`)).toEqual(payload);
    expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
    const rebuilt = linkQuestionnaire(decodeLinkPayload(fragment));
    expect(rebuilt.easyRead).toBe(questionnaire.easyRead);
    expect(rebuilt.openQuestions).toEqual(questionnaire.openQuestions);
    expect(rebuilt.scale.options.map((option) => [option.id, option.label])).toEqual(
      questionnaire.scale.options.map((option) => [option.id, option.label]),
    );
    expect(payload.s.map(([id]) => id)).toEqual(survey.itemIds);
    expect(payload.i).toBe(questionnaire.introduction);
  });

  it('gives pupils of the lagere school their pictograms, and no one else', () => {
    expect(linkFor('primaryPupils').payload.a.map((answer) => answer[2])).toEqual(['no', 'somewhat', 'yes']);
    expect(linkFor('primaryPupils').payload.n).toEqual(['Weet ik niet', 'unknown']);
    expect(linkFor('parents').payload.a.every((answer) => answer.length === 2)).toBe(true);
  });

  it('fits the largest QR code the letter prints, even for the longest questionnaire with ten own statements', () => {
    const lengths = Object.fromEntries(
      RESPONDENT_GROUPS.map((group) => [group, (SITE + linkFor(group).fragment).length]),
    );
    const longest = (SITE + linkFor('partnerSchools', MAX_OWN_STATEMENTS, 'x'.repeat(400)).fragment).length;
    console.info('link lengths', { ...lengths, partnerSchoolsWithTenOwnAndLongIntro: longest });
    const drawn = (link: string) => encode(link, { ecc: 'L', maxVersion: MAX_READABLE_QR_VERSION }).version;
    for (const group of RESPONDENT_GROUPS)
      expect(drawn(SITE + linkFor(group).fragment)).toBeLessThanOrEqual(30);
    expect(drawn(SITE + linkFor('partnerSchools', MAX_OWN_STATEMENTS, 'x'.repeat(400)).fragment)).toBe(30);
    expect(lengths.primaryPupils).toBeLessThan(700);
    // Past the largest version, uqr refuses, and the page says the link is too long for a QR code.
    expect(() => drawn(SITE + 'A'.repeat(1800))).toThrow();
    expect(longest).toBeLessThan(MAX_FRAGMENT_LENGTH);
  });

  it('uses the bevraging’s own introduction, and carries the centre’s name only when there is one', () => {
    const questionnaire = realQuestionnaire('parents');
    const survey = aSurvey({ introduction: 'Stuur je bestand naar zorg@lsc.be.' });
    const payload = linkPayload(survey, questionnaire, [], '  ');
    expect(payload.i).toBe('Stuur je bestand naar zorg@lsc.be.');
    expect(payload).not.toHaveProperty('c');
    expect(payload.f).toBe(LINK_FORMAT);
  });

  it('still opens a link sent with version 1, whose dictionary may never change', () => {
    // Made by this version and kept as it was sent: a changed dictionary or key breaks it.
    const sent =
      'zZS7DsIwDEV_pWJ3RdJQ6IbEztIvyMONkFCGNhUSEv-O7bRCHRjYWJ0l9r3n_CaWZtC-tQrh5EwA47WFDo8DKKtd4004YMtuWOSzCEZM0V-qq5y6GKLP8zwywDblB88dTpmorxJxRF4Y4_k-eUj8VDus2T-yo1AFmb6HARONqeyO1LBOpOxbTLj4H16pf_-W4PeilVzLzpJjEWMJUvRJJ4zknrgq83kjRW4j3ivQ3e71Bg';
    expect(decodeLinkPayload(sent)).toEqual({
      f: 'leersteunspiegel-bevraging',
      v: 1,
      id: '3f2c6a1e-8b4d-4c2a-9e7f-1a2b3c4d5e6f',
      g: 'parents',
      c: 'LSC Noord',
      i: 'Stuur je antwoordbestand naar zorg@lsc-noord.be.',
      s: [['ouder-tevreden', 'Ik ben tevreden over de leersteun voor mijn kind.']],
      a: [
        ['disagree', 'klopt niet'],
        ['ratherDisagree', 'klopt eerder niet'],
        ['ratherAgree', 'klopt eerder wel'],
        ['agree', 'klopt'],
      ],
      n: ['weet ik niet / niet van toepassing'],
      o: [['ouder-open-anders', 'Wat zou je graag anders zien?']],
      e: '2027-01-29',
    });
  });

  it('reads a link leniently: unknown keys are ignored, the centre’s name may be missing', () => {
    const { payload } = linkFor('parents');
    const { c: _centre, ...rest } = payload;
    expect(decodeLinkPayload(packed({ ...rest, later: 'iets nieuws' }))).toEqual(rest);
  });

  it('keeps hostile text as text: it reads back unchanged, to be shown as words', () => {
    const { payload } = linkFor('parents');
    for (const hostile of HOSTILE_LIST.filter((text) => text.trim() && text.length <= 2000)) {
      const withHostile = { ...payload, i: hostile.trim() || 'x', s: [['x', hostile.trim() || 'x']] };
      const read = refusal(packed(withHostile));
      if (read === undefined) expect(decodeLinkPayload(packed(withHostile)).i).toBe(withHostile.i);
      else expect(read).toBe('broken');
    }
  });

  it.each([
    ['an empty fragment', '', 'empty'],
    ['only the #', '#', 'empty'],
    ['characters outside base64url', 'abc$def', 'broken'],
    ['a cut-off link', 'CUT', 'broken'],
    ['base64url that is no deflate', 'aGVsbG8gd29ybGQ', 'broken'],
    ['deflated text that is no JSON', packed('x').slice(0, -2) + 'AA', 'broken'],
    ['another format', packed({ f: 'iets-anders', v: 1 }), 'broken'],
    ['a newer version', packed({ f: LINK_FORMAT, v: 2 }), 'newerVersion'],
    ['a link too long for any questionnaire', 'A'.repeat(MAX_FRAGMENT_LENGTH + 1), 'tooLarge'],
    [
      'a small link that unpacks to megabytes',
      toBase64Url(deflateSync(new TextEncoder().encode(' '.repeat(5_000_000)))),
      'tooLarge',
    ],
  ])('refuses %s', (_what, fragment, code) => {
    const fragmentText = fragment === 'CUT' ? linkFor('parents').fragment.slice(0, 200) : fragment;
    expect(refusal(fragmentText)).toBe(code);
  });

  it('refuses a payload whose fields are wrong', () => {
    const { payload } = linkFor('parents');
    for (const broken of [
      { ...payload, id: 'geen-uuid' },
      { ...payload, s: [] },
      { ...payload, g: 'iedereen' },
      { ...payload, e: '2027-02-30x' },
      { ...payload, s: Array.from({ length: 41 }, (_, i) => [`s${i}`, 'Stelling']) },
    ]) {
      expect(refusal(packed(broken))).toBe('broken');
    }
  });
});

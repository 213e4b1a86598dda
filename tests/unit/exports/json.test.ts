import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildReport } from '../../../src/domain/report/build-report';
import { ReportModelSchema } from '../../../src/domain/report/report-model';
import { REPORT_SCHEMA_FILE, renderJson } from '../../../src/exports/json/render-json';
import { personalFixture, teamFixture } from '../domain/report/fixture-cycle';
import { TINY_LOGO_PNG } from '../tiny-logo';

describe('the JSON export', () => {
  const { input, vocabulary } = teamFixture({ includeIndividualNotes: true });
  // With a logo, so every top-level field is there; the model says only that there is one, not its bytes.
  const logo = { type: 'image/png' as const, width: 8, height: 4, bytes: TINY_LOGO_PNG };
  const model = buildReport({ ...input, profile: { ...input.profile, logo } }, vocabulary);
  const json = JSON.parse(renderJson(model, 'https://lsc.example/leersteunspiegel/')) as Record<
    string,
    unknown
  >;

  it('names its schema where the site is published, under its base path, and validates against it', () => {
    expect(json.$schema).toBe(`https://lsc.example/leersteunspiegel/${REPORT_SCHEMA_FILE}`);
    expect(ReportModelSchema.safeParse(json).success).toBe(true);
  });

  it("says the cover has a logo by its type and size, without the logo's bytes", () => {
    expect(json.logo).toEqual({ type: 'image/png', width: 8, height: 4 });
  });

  it('holds the same report the other formats are made from', () => {
    const { $schema: _schema, ...rest } = json;
    expect(rest).toEqual(JSON.parse(JSON.stringify(model)));
  });

  it('is described by a JSON Schema that allows exactly the top-level fields of a team and a personal report', () => {
    const schema = z.toJSONSchema(ReportModelSchema) as { properties: Record<string, unknown> };
    const personal = personalFixture();
    const personalJson = JSON.parse(
      renderJson(buildReport(personal.input, personal.vocabulary), 'https://lsc.example/'),
    ) as Record<string, unknown>;
    const fields = new Set([...Object.keys(json), ...Object.keys(personalJson)]);
    expect([...fields].sort()).toEqual(Object.keys(schema.properties).sort());
  });
});

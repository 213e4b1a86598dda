import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { buildReport } from '../../../src/domain/report/build-report';
import { ReportModelSchema } from '../../../src/domain/report/report-model';
import { REPORT_SCHEMA_FILE, renderJson } from '../../../src/exports/json/render-json';
import { personalFixture, teamFixture } from '../domain/report/fixture-cycle';

describe('the JSON export', () => {
  const { input, vocabulary } = teamFixture({ includeIndividualNotes: true });
  const model = buildReport(input, vocabulary);
  const json = JSON.parse(renderJson(model, 'https://lsc.example/leersteunspiegel/')) as Record<
    string,
    unknown
  >;

  it('names its schema where the site is published, under its base path, and validates against it', () => {
    expect(json.$schema).toBe(`https://lsc.example/leersteunspiegel/${REPORT_SCHEMA_FILE}`);
    expect(ReportModelSchema.safeParse(json).success).toBe(true);
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

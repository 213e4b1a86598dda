import type { APIRoute } from 'astro';
import * as z from 'zod/mini';
import { ReportModelSchema } from '../domain/report/report-model';
import { REPORT_SCHEMA_FILE } from '../exports/json/render-json';
import { sitePath } from '../ui/site-path';

/**
 * The JSON Schema of the report's JSON export, generated from the same schema the app validates with. Its `$id`
 * is its own address under the site's base path; a validator resolves it against where it fetched the file.
 */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        $id: sitePath(REPORT_SCHEMA_FILE),
        ...z.toJSONSchema(ReportModelSchema),
        title: 'Leersteunspiegel — zelfevaluatierapport',
        description:
          'Het zelfevaluatierapport van een leersteuncentrum zoals Leersteunspiegel het exporteert: secties in de volgorde van het rapport, met hun Nederlandse labels.',
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/schema+json' } },
  );

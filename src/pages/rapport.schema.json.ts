import type { APIRoute } from 'astro';
import * as z from 'zod/mini';
import { ReportModelSchema } from '../domain/report/report-model';

/** The JSON Schema of the report's JSON export, generated from the same schema the app validates with. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
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

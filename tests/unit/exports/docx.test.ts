import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/domain/report/build-report';
import {
  ReportModelSchema,
  type ReportModel,
  type ReportSection,
} from '../../../src/domain/report/report-model';
import { renderDocx } from '../../../src/exports/docx/render-docx';
import {
  emptyFixture,
  personalFixture,
  personalJournalFixture,
  teamFixture,
} from '../domain/report/fixture-cycle';
import { reportedExpectations, sectionOf } from '../domain/report/model-helpers';
import {
  docxPartNames,
  docxParts,
  headingsOf,
  paragraphsOf,
  part,
  unescapeXml,
  wellFormednessProblems,
} from './docx-parts';
import { TINY_LOGO_PNG } from '../tiny-logo';

/** A 1×1 PNG, the smallest valid picture. */
const TINY_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (char) => char.charCodeAt(0),
);

function teamModel(): ReportModel {
  const { input, vocabulary } = teamFixture({ includeIndividualNotes: true });
  return buildReport(input, vocabulary);
}

async function documentXml(model: ReportModel, radar = false): Promise<string> {
  const parts = await docxParts(
    await renderDocx(model, radar ? { radar: { png: TINY_PNG, width: 800, height: 800 } } : {}),
  );
  return part(parts, 'word/document.xml');
}

/** The outline the report should have: sections, rubrieken, deelrubrieken and expectations, nested. */
function expectedOutline(model: ReportModel): [number, string][] {
  const sectionOutline = (section: ReportSection): [number, string][] => {
    switch (section.id) {
      case 'overview':
        return [
          section.levels,
          section.strengths,
          section.priorities,
          section.operations,
          section.participation,
          section.evolution,
        ].flatMap((part): [number, string][] => (part === undefined ? [] : [[2, part.title]]));
      case 'qualitySupport':
        return section.rubrics.flatMap((rubric): [number, string][] => [
          [2, rubric.title],
          ...rubric.expectations.map((e): [number, string] => [3, `${e.code} — ${e.statement}`]),
          ...rubric.subrubrics.flatMap((subrubric): [number, string][] => [
            [3, subrubric.title],
            ...subrubric.expectations.map((e): [number, string] => [4, `${e.code} — ${e.statement}`]),
          ]),
        ]);
      case 'recommendations':
        return section.groups.map((group) => [2, group.title]);
      default:
        return [];
    }
  };
  return model.sections.flatMap((section) => [
    [1, section.number === undefined ? section.title : `${section.number}. ${section.title}`] as [
      number,
      string,
    ],
    ...sectionOutline(section),
  ]);
}

describe('renderDocx: a Word document of the report model', () => {
  it('is a zip with the parts of a WordprocessingML document', async () => {
    const names = await docxPartNames(await renderDocx(teamModel(), {}));
    expect(names).toEqual(
      expect.arrayContaining([
        '[Content_Types].xml',
        'word/document.xml',
        'word/styles.xml',
        'word/numbering.xml',
        'docProps/core.xml',
      ]),
    );
  });

  it('writes well-formed XML in every part', async () => {
    const parts = await docxParts(
      await renderDocx(teamModel(), { radar: { png: TINY_PNG, width: 10, height: 10 } }),
    );
    for (const [path, xml] of parts) {
      if (path.endsWith('.xml') || path.endsWith('.rels'))
        expect([path, wellFormednessProblems(xml)]).toEqual([path, []]);
    }
  });

  it("uses Word's heading styles in the order and nesting of the report's outline", async () => {
    const model = teamModel();
    const headings = headingsOf(await documentXml(model));
    const outline = headings.filter(([, text]) =>
      expectedOutline(model).some(([, expected]) => expected === text),
    );
    expect(outline).toEqual(expectedOutline(model));
    expect(headings.filter(([level]) => level === 1)).toHaveLength(model.sections.length);
  });

  it('never skips a heading level', async () => {
    const headings = headingsOf(await documentXml(teamModel()));
    let previous = 0;
    for (const [level, text] of headings) {
      expect(level, text).toBeLessThanOrEqual(previous + 1);
      previous = level;
    }
  });

  it('quotes every kwaliteitsverwachting in scope word for word', async () => {
    const model = teamModel();
    const text = paragraphsOf(await documentXml(model))
      .map((paragraph) => paragraph.text)
      .join('\n');
    const expectations = reportedExpectations(model);
    expect(expectations).toHaveLength(17);
    for (const expectation of expectations) expect(text).toContain(expectation.statement);
  });

  it('opens with a cover (centre, title, subtitle, the day in words), then the contents, and ends with the colophon', async () => {
    const model = teamModel();
    const xml = await documentXml(model);
    const paragraphs = paragraphsOf(xml).filter((paragraph) => paragraph.text !== '');
    expect(paragraphs.slice(0, 5)).toEqual([
      { style: 'CoverCentre', text: 'Leersteuncentrum De Brug' },
      { style: 'Title', text: model.title },
      { style: 'Subtitle', text: model.subtitle },
      { style: 'Subtitle', text: 'Rapport van 15 januari 2026' },
      { style: 'TOCHeading', text: 'Inhoud' },
    ]);
    expect(paragraphs.at(-1)).toEqual({ style: 'Colophon', text: model.colophon });
    // A real contents field over Heading 1 and 2, its entries written in (LibreOffice shows them as written),
    // which Word updates, page numbers and all, as it opens the file.
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    const entries = paragraphsOf(xml).filter((paragraph) => /^TOC\d$/.test(paragraph.style ?? ''));
    // The summary in front has no number; the sections after it are numbered from 1.
    const sections = entries.filter((entry) => entry.style === 'TOC1').map((entry) => entry.text);
    expect(sections.slice(0, 2)).toEqual([
      expect.stringMatching(/^In één oogopslag/),
      expect.stringMatching(/^1\. Administratieve gegevens/),
    ]);
    expect(sections).toHaveLength(model.sections.length);
    expect(part(await docxParts(await renderDocx(model)), 'word/settings.xml')).toContain('<w:updateFields');
  });

  it('sets Dutch (Belgium) as the language of every run, in the document defaults', async () => {
    const styles = part(await docxParts(await renderDocx(teamModel(), {})), 'word/styles.xml');
    const defaults = /<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(styles)?.[1] ?? '';
    expect(defaults).toContain('<w:lang w:val="nl-BE"/>');
  });

  it('lays the pages out as A4 with the centre in the header and page numbers in the footer', async () => {
    const parts = await docxParts(await renderDocx(teamModel(), {}));
    expect(part(parts, 'word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const headers = [...parts].filter(([path]) => /^word\/header\d+\.xml$/.test(path)).map(([, xml]) => xml);
    expect(headers.some((xml) => paragraphsOf(xml).some((p) => p.text === 'Leersteuncentrum De Brug'))).toBe(
      true,
    );
    const footers = [...parts].filter(([path]) => /^word\/footer\d+\.xml$/.test(path)).map(([, xml]) => xml);
    const footer = footers.find((xml) => xml.includes('NUMPAGES')) ?? '';
    expect(footer).toMatch(/PAGE/);
    expect(
      paragraphsOf(footer)
        .map((p) => p.text)
        .join(''),
    ).toContain('Pagina');
  });

  it('embeds the webdiagram as a PNG when one is given, and only then', async () => {
    const withRadar = await renderDocx(teamModel(), { radar: { png: TINY_PNG, width: 1200, height: 1200 } });
    const names = await docxPartNames(withRadar);
    expect(names.filter((name) => /^word\/media\/.+\.png$/.test(name))).toHaveLength(1);
    const xml = part(await docxParts(withRadar), 'word/document.xml');
    expect(xml).toContain('<w:drawing>');
    // Sized to fit between the margins of an A4 page (16 cm = 5 760 000 EMU).
    const width = Number(/<wp:extent cx="(\d+)"/.exec(xml)?.[1]);
    expect(width).toBeGreaterThan(0);
    expect(width).toBeLessThanOrEqual(5_760_000);
    expect(xml).toContain(
      'descr="Webdiagram van de niveaus per kwaliteitsverwachting. 2025-2026 (volle lijn) en 2024-2025 (stippellijn). R1: volgens de verwachting (2024-2025: benadert de verwachting)',
    );

    const without = await docxPartNames(await renderDocx(teamModel(), {}));
    expect(without.some((name) => name.startsWith('word/media/'))).toBe(false);
  });

  it("puts the centre's logo on the cover above its name, at most 8 by 4 cm with its proportions, and only when the model's cover has one", async () => {
    const logo = { type: 'image/png' as const, width: 1600, height: 400, bytes: TINY_LOGO_PNG };
    const model: ReportModel = { ...teamModel(), logo: { type: 'image/png', width: 1600, height: 400 } };
    const withLogo = await renderDocx(model, { logo });
    const media = (await docxPartNames(withLogo)).filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const files = unzipSync(new Uint8Array(await withLogo.arrayBuffer()));
    expect(files[media[0]!]).toEqual(TINY_LOGO_PNG);
    const xml = part(await docxParts(withLogo), 'word/document.xml');
    // The first paragraph holds the picture, before the centre's name.
    const drawingAt = xml.indexOf('<w:drawing>');
    expect(drawingAt).toBeGreaterThan(0);
    expect(drawingAt).toBeLessThan(xml.indexOf('Leersteuncentrum De Brug'));
    expect(xml).toContain('descr="Logo van Leersteuncentrum De Brug"');
    // 8 cm wide (2 880 000 EMU) at most; 4 to 1 kept, so 2 cm high.
    const [cx, cy] = (/<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml) ?? []).slice(1).map(Number);
    expect(cx).toBeLessThanOrEqual(2_880_000);
    expect(cx).toBeGreaterThan(2_800_000);
    expect(cx! / cy!).toBeCloseTo(4, 1);

    // Bytes without the model's word for them (a personal report), or a model without bytes: no picture.
    for (const without of [await renderDocx(teamModel(), { logo }), await renderDocx(model, {})]) {
      expect((await docxPartNames(without)).some((name) => name.startsWith('word/media/'))).toBe(false);
    }
  });

  it('shows the spread, the texts, good practice, evidence and individual notes of an expectation', async () => {
    const model = teamModel();
    const texts = paragraphsOf(await documentXml(model)).map((paragraph) => paragraph.text);
    const start = texts.indexOf(
      `R2 — ${reportedExpectations(model).find((e) => e.code === 'R2')!.statement}`,
    );
    const block = texts.slice(
      start,
      texts.indexOf(texts.find((t, i) => i > start && t.startsWith('R3 — '))!),
    );
    expect(block).toEqual(
      expect.arrayContaining([
        'Oordeel: overstijgt de verwachting — gezamenlijk oordeel van het team',
        'Antwoord',
        'Aantal',
        'Goede praktijk: Co-teaching van leerondersteuner en leraar in elke eerste graad.',
        'Bronnen: ',
        'Individuele notities: ',
      ]),
    );
    expect(
      block.some((text) =>
        text.startsWith('Bevraging leraren — bevraging; leraren, schoolteams; 10 november 2025'),
      ),
    ).toBe(true);
  });

  it('lists the ontwikkelplan as a table and marks an overdue action "te laat"', async () => {
    const texts = paragraphsOf(await documentXml(teamModel())).map((paragraph) => paragraph.text);
    expect(texts).toEqual(
      expect.arrayContaining(['Actie', 'Trekker', 'Einddatum', 'lopend (te laat)', '1 december 2025']),
    );
    expect(texts).toEqual(expect.arrayContaining(['Doel: Leerondersteuners leren van elkaars aanpak.']));
  });

  it("calls a person's rating in a personal reflection their own judgement", async () => {
    const { input, vocabulary } = personalFixture();
    const texts = paragraphsOf(await documentXml(buildReport(input, vocabulary))).map((p) => p.text);
    expect(texts).toContain('Oordeel: volgens de verwachting — eigen oordeel');
  });

  it('renders a personal reflection and an empty cycle', async () => {
    for (const { input, vocabulary } of [personalFixture(), emptyFixture()]) {
      const model = buildReport(input, vocabulary);
      const xml = await documentXml(model);
      expect(wellFormednessProblems(xml)).toEqual([]);
      expect(headingsOf(xml).filter(([level]) => level === 1)).toHaveLength(model.sections.length);
    }
  });
});

describe('wellFormednessProblems, the XML check these tests rely on', () => {
  it('accepts well-formed XML and finds what breaks it', () => {
    expect(wellFormednessProblems('<?xml version="1.0"?><a x="1"><b/>t &amp; &lt;u&gt;</a>')).toEqual([]);
    expect(wellFormednessProblems('<a><b></a></b>')).not.toEqual([]);
    expect(wellFormednessProblems('<a>x < y</a>')).not.toEqual([]);
    expect(wellFormednessProblems('<a>x & y</a>')).not.toEqual([]);
    expect(wellFormednessProblems('<a>x\u0000</a>')).not.toEqual([]);
    expect(wellFormednessProblems('<a><b>')).not.toEqual([]);
  });
});

describe('renderDocx: text people typed', () => {
  const HOSTILE = 'Kwaliteit <script>alert("x")</script> & co\u0000\u0008\u000B\uFFFE 😀 עִבְרִית العربية';

  /** The team model with hostile text in the places users fill in and in the content. */
  function hostileModel(): ReportModel {
    const model = structuredClone(teamModel());
    model.title = HOSTILE;
    model.subtitle = `${HOSTILE}\nregel twee`;
    const support = sectionOf(model, 'qualitySupport');
    const first = support.rubrics[0]!.expectations[0]!;
    first.statement = HOSTILE;
    first.justification = `eerste regel\n${HOSTILE}\r\nderde regel`;
    first.evidence[0]!.title = HOSTILE;
    sectionOf(model, 'developmentPlan').actions[0]!.title = HOSTILE;
    sectionOf(model, 'appendices').participants![0]!.name = HOSTILE;
    sectionOf(model, 'summary').table[0]!.rating.label = HOSTILE;
    expect(ReportModelSchema.safeParse(model).success).toBe(true);
    return model;
  }

  it('keeps the document well-formed, escaping markup and dropping what XML forbids', async () => {
    const parts = await docxParts(
      await renderDocx(hostileModel(), { radar: { png: TINY_PNG, width: 500, height: 500 } }),
    );
    for (const [path, xml] of parts) {
      if (path.endsWith('.xml')) expect([path, wellFormednessProblems(xml)]).toEqual([path, []]);
    }
    const xml = part(parts, 'word/document.xml');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
  });

  it('keeps emoji and right-to-left text as they were typed', async () => {
    const texts = paragraphsOf(await documentXml(hostileModel())).map((paragraph) => paragraph.text);
    const clean = 'Kwaliteit <script>alert("x")</script> & co 😀 עִבְרִית العربية';
    expect(texts).toContain(clean);
    expect(texts.some((text) => text.includes(`— ${clean}`))).toBe(true);
  });

  it('keeps the lines of a multi-line text as lines', async () => {
    const xml = await documentXml(hostileModel());
    const justification = paragraphsOf(xml).find((paragraph) =>
      paragraph.text.startsWith('Verantwoording: eerste regel'),
    );
    expect(justification?.text).toBe(
      'Verantwoording: eerste regel\nKwaliteit <script>alert("x")</script> & co 😀 עִבְרִית العربية\nderde regel',
    );
    expect(unescapeXml(xml)).not.toContain('\r');
  });
});

describe('renderDocx: a personal report', () => {
  it('has the person’s actions and journal under their expectation, and none of the centre’s or the team’s sections', async () => {
    const xml = await documentXml(personalJournalFixture().model);
    expect(wellFormednessProblems(xml)).toEqual([]);
    expect(headingsOf(xml).filter(([level]) => level === 1)).toEqual([
      [1, 'In één oogopslag'],
      [1, '1. Mijn reflectie per kwaliteitsverwachting'],
      [1, '2. Samenvatting'],
      [1, '3. Mijn acties'],
      [1, '4. Bijlagen'],
    ]);
    expect(headingsOf(xml).map(([, text]) => text)).not.toContain('Deelnemers');
    const texts = paragraphsOf(xml).map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Feedback van leraren vragen — lopend, einddatum 10 januari 2026, te laat',
        '2 december 2025\nMeting gedaan: de leraren merken minder handelingsverlegenheid.',
      ]),
    );
    expect(texts.indexOf('Logboek: ')).toBeGreaterThan(texts.indexOf('Acties: '));
    expect(texts.indexOf('Acties: ')).toBeGreaterThan(-1);
  });
});

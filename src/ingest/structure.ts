/**
 * The structure file: editorial knowledge about one seed that its text alone
 * cannot give (where paragraphs start, which lines the page break displaced,
 * which chapter each heading opens). Anchors are exact seed text with the
 * extraction's spaces removed; the ingest checks every one against the seed.
 */
import { z } from 'zod';
import { parseYaml, validate, type YamlData } from '../utils/yaml-data.ts';
import { SourceError } from '../utils/source-error.ts';
import { slug, text } from '../checks/parts.ts';

const paragraphEntry = z.union([
  text,
  z
    .object({
      starts: text.optional(),
      lead: text.optional(),
      confirm: text.optional(),
    })
    .strict()
    .refine(
      (p) => p.starts !== undefined || p.lead !== undefined,
      'give `starts:` (or `lead:`, which then also marks the start)',
    ),
]);

const chapter = z
  .object({
    slug,
    heading: text.optional(),
    title: text.optional(),
    titleEn: text,
    paragraphs: z.array(paragraphEntry).min(1, 'a chapter needs at least its first paragraph'),
  })
  .strict()
  .refine((c) => (c.heading === undefined) !== (c.title === undefined), {
    message:
      'give either `heading:` (the report prints a heading) or `title:` (the site names the chapter), not both or neither',
  });

const schema = z
  .object({
    seed: text,
    seedSha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the seed file, 64 lower-case hex digits (sha256sum prints it)'),
    furniture: z
      .object({
        masthead: text,
        verticalTitle: text,
        dateLine: text,
        pageNumbers: z.array(z.number().int().positive()).min(1),
        continuesOnPage: z.number().int().positive(),
      })
      .strict(),
    displaced: z
      .object({
        after: text,
        resumesWith: text,
        byline: z.array(text).min(1),
        ornaments: z.array(text).default([]),
      })
      .strict(),
    chapters: z.array(chapter).min(1),
    notBreaks: z.array(z.object({ after: text, reason: text }).strict()).default([]),
    notLeads: z.array(z.object({ lead: text, reason: text }).strict()).default([]),
  })
  .strict();

type StructureData = z.infer<typeof schema>;

/** A structure anchor with the line of the structure file it was written on. */
export interface Anchor {
  text: string;
  line: number | undefined;
}

interface ParagraphStart extends Anchor {
  lead?: string;
  confirm?: string;
}

interface ChapterPlan {
  slug: string;
  /** The report's own heading, when it prints one. */
  heading?: Anchor;
  /** The site's name for a chapter the report leaves untitled. */
  title?: string;
  titleEn: string;
  line: number | undefined;
  paragraphs: ParagraphStart[];
}

export interface Structure {
  file: string;
  seed: string;
  /** The SHA-256 of the seed file this structure file was written against. */
  seedSha256: string;
  furniture: StructureData['furniture'];
  lineOf(path: readonly (string | number)[]): number | undefined;
  displaced: {
    after: Anchor;
    resumesWith: Anchor;
    byline: Anchor[];
    ornaments: Anchor[];
  };
  chapters: ChapterPlan[];
  notBreaks: (Anchor & { reason: string })[];
  notLeads: (Anchor & { reason: string })[];
}

/** Anchors are compared with all whitespace removed, as the seed's spaces are noise. */
export const squeeze = (s: string) => s.replace(/\s+/g, '');

export function loadStructure(yamlText: string, file: string): Structure {
  const source: YamlData = parseYaml(yamlText, file);
  const data = validate(
    schema,
    source,
    'correct that field of the structure file; the comments at its top describe each field',
  );
  const at = (path: (string | number)[], value: string): Anchor => ({
    text: squeeze(value),
    line: source.lineOf(path),
  });

  const chapters: ChapterPlan[] = data.chapters.map((c, ci) => ({
    slug: c.slug,
    heading: c.heading === undefined ? undefined : at(['chapters', ci, 'heading'], c.heading),
    title: c.title,
    titleEn: c.titleEn,
    line: source.lineOf(['chapters', ci]),
    paragraphs: c.paragraphs.map((p, pi) => {
      const path = ['chapters', ci, 'paragraphs', pi];
      if (typeof p === 'string') return at(path, p);
      const starts = p.starts ?? p.lead ?? '';
      if (
        p.lead !== undefined &&
        !squeeze(starts).startsWith(squeeze(p.lead)) &&
        !squeeze(p.lead).startsWith(squeeze(starts))
      ) {
        throw new SourceError(
          { file, line: source.lineOf(path), anchor: p.lead },
          'this lead-in is not where its paragraph starts',
          'a `lead:` is the bold run-in head that opens the paragraph: make `starts:` a prefix of it, or drop `starts:`',
        );
      }
      return { ...at(path, starts), lead: p.lead === undefined ? undefined : squeeze(p.lead), confirm: p.confirm };
    }),
  }));

  const seen = new Set<string>();
  for (const c of chapters) {
    if (seen.has(c.slug))
      throw new SourceError(
        { file, line: c.line, anchor: c.slug },
        'two chapters have the same slug',
        'give each chapter its own slug: it becomes its URL',
      );
    seen.add(c.slug);
  }
  const placed = new Map<string, number | undefined>();
  for (const c of chapters) {
    if (!c.heading) continue;
    if (placed.has(c.heading.text)) {
      throw new SourceError(
        { file, line: c.heading.line, anchor: c.heading.text },
        `this heading is placed twice (first at line ${placed.get(c.heading.text)})`,
        'a printed heading opens exactly one chapter: remove one of the two `heading:` entries',
      );
    }
    placed.set(c.heading.text, c.heading.line);
  }

  return {
    file,
    seed: data.seed,
    seedSha256: data.seedSha256,
    furniture: data.furniture,
    lineOf: source.lineOf,
    displaced: {
      after: at(['displaced', 'after'], data.displaced.after),
      resumesWith: at(['displaced', 'resumesWith'], data.displaced.resumesWith),
      byline: data.displaced.byline.map((b, i) => at(['displaced', 'byline', i], b)),
      ornaments: data.displaced.ornaments.map((o, i) => at(['displaced', 'ornaments', i], o)),
    },
    chapters,
    notBreaks: data.notBreaks.map((b, i) => ({ ...at(['notBreaks', i, 'after'], b.after), reason: b.reason })),
    notLeads: data.notLeads.map((b, i) => ({ ...at(['notLeads', i, 'lead'], b.lead), reason: b.reason })),
  };
}

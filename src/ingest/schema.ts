/**
 * What the ingest writes into content/report/ (paragraphs.json, report.json and
 * each chapter's front matter), as zod schemas. The TypeScript types of the
 * ingest's output are derived from them, the ingest checks its own output
 * against them before writing, and every reader (src/ingest/report-files.ts,
 * the content collection, the pages, the tests) parses with them: the one
 * boundary every part of the site crosses is typed on both sides.
 */
import { z } from 'zod';

const line = z.object({ line: z.number().int().positive(), text: z.string() }).strict();
const span = z.tuple([z.number().int().positive(), z.number().int().positive()]);

const paragraphSchema = z
  .object({
    /** Reading-order number across the whole report, from 1. */
    n: z.number().int().positive(),
    chapter: z.string(),
    text: z.string().min(1),
    /** The bold run-in head that opens the paragraph, if it has one. */
    lead: z.string().optional(),
    /** The chapter heading printed right before this paragraph, if any. */
    heading: z.string().optional(),
    /** Seed lines the paragraph was built from. */
    source: z.array(line).min(1),
  })
  .strict();

export const chapterSchema = z
  .object({
    slug: z.string(),
    order: z.number().int().positive(),
    title: z.string(),
    /** `report`: the report prints this heading; `site`: the site names an untitled part. */
    titleSource: z.enum(['report', 'site']),
    titleEn: z.string(),
    /** First and last paragraph number. */
    paragraphs: span,
  })
  .strict();

/** Who delivered the report, when and where, and where it was printed. */
const reportMetaSchema = z
  .object({
    delivered: z
      .object({
        /** ISO date. */
        date: z.iso.date(),
        occasion: z.string(),
        /** The byline as printed, spaces removed. */
        byline: z.string(),
      })
      .strict(),
    speaker: z.object({ title: z.string(), name: z.string() }).strict(),
    printed: z
      .object({
        section: z.string(),
        pageTitle: z.string(),
        date: z.iso.date(),
        weekday: z.string(),
        pages: z.array(z.number().int().positive()).min(1),
        editors: z.array(z.string()),
        /** The newspaper carries the text on to this page, which the seed does not hold. */
        continuesOnPage: z.number().int().positive(),
      })
      .strict(),
  })
  .strict();

/** One piece of page furniture the ingest dropped. */
const droppedSchema = z
  .object({
    kind: z.enum(['masthead', 'vertical-title', 'date-line', 'page-numbers', 'continuation']),
    /** What the furniture says, reassembled (e.g. the masthead from its repeated characters). */
    text: z.string(),
    /** First and last seed line. */
    lines: span,
    /** The raw seed lines, for the record. */
    raw: z.array(z.string()),
    /** What else the rule learned from it. */
    detail: z
      .record(z.string(), z.union([z.string(), z.number(), z.array(z.string()), z.array(z.number())]))
      .optional(),
  })
  .strict();

const liftedLine = z.object({ text: z.string(), line: z.number().int().positive() }).strict();

/** What the ingest did to get its result: the files it read, what it dropped, lifted and joined. */
const ingestRecordSchema = z
  .object({
    seed: z.string(),
    structure: z.string(),
    dropped: z.array(droppedSchema),
    lifted: z
      .object({
        /** Seed lines the displaced block occupied (first and last). */
        lines: span,
        headings: z.array(liftedLine),
        byline: z.array(liftedLine),
        ornaments: z.array(liftedLine),
        /** The sentence the block split, as the two seed lines around it. */
        rejoined: z.object({ before: line, after: line }).strict(),
      })
      .strict(),
    stats: z
      .object({
        linesJoined: z.number().int().nonnegative(),
        spacesRemoved: z.number().int().nonnegative(),
        spacesKept: z.number().int().nonnegative(),
        seedLines: z.number().int().nonnegative(),
        blankLines: z.number().int().nonnegative(),
        bodyLines: z.number().int().nonnegative(),
        furnitureLines: z.number().int().nonnegative(),
        liftedLines: z.number().int().nonnegative(),
        paragraphs: z.number().int().nonnegative(),
        chapters: z.number().int().nonnegative(),
        bodyCharacters: z.number().int().nonnegative(),
      })
      .strict(),
  })
  .strict();

/** content/report/paragraphs.json */
export const paragraphsFileSchema = z
  .object({ $comment: z.string(), paragraphs: z.array(paragraphSchema).min(1) })
  .strict();

/** content/report/report.json */
export const reportFileSchema = z
  .object({
    $comment: z.string(),
    meta: reportMetaSchema,
    chapters: z.array(chapterSchema).min(1),
    ingest: ingestRecordSchema,
  })
  .strict();

export type Paragraph = z.infer<typeof paragraphSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type ReportMeta = z.infer<typeof reportMetaSchema>;
export type Dropped = z.infer<typeof droppedSchema>;
export type IngestRecord = z.infer<typeof ingestRecordSchema>;

/** Everything the ingest learned, and what it did to get there: the content of content/report/. */
export interface IngestResult {
  meta: ReportMeta;
  chapters: Chapter[];
  paragraphs: Paragraph[];
  record: IngestRecord;
}

/** What the checks and the term matcher need of a paragraph. */
export type ParagraphText = Pick<Paragraph, 'n' | 'chapter' | 'text'>;

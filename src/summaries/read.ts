/**
 * The site's own chapter summaries (content/summaries.yaml): read, validated
 * and checked against the report, so that a summary can neither miss a chapter
 * nor bring in a figure the chapter does not print.
 */
import { z } from 'zod';
import { parseYaml, validate } from '../utils/yaml-data.ts';
import { SourceError } from '../utils/source-error.ts';
import { text as nonEmpty } from '../checks/parts.ts';
import { printsNumber } from '../checks/numbers.ts';
import { readTextFile } from '../utils/text-file.ts';
import { readReport } from '../ingest/report-files.ts';
import { once } from '../utils/once.ts';
import { SUMMARIES_FILE } from '../config/content-files.ts';

const oneLine = nonEmpty
  .max(40, 'keep the one-line summary to 40 characters')
  .refine((s) => !s.includes('\n'), 'must be one line');

const summarySchema = z
  .object({
    line: oneLine,
    zh: nonEmpty.max(200, 'keep the summary to 200 characters'),
    en: nonEmpty.max(900, 'keep the English summary short (900 characters)'),
  })
  .strict();

const fileSchema = z.record(z.string(), summarySchema);

export type ChapterSummary = z.infer<typeof summarySchema>;

export interface ChapterText {
  slug: string;
  /** The chapter's paragraphs, as printed. */
  texts: string[];
}

const FIX = 'see the comments at the top of content/summaries.yaml';

/** Figures as the report prints them: 5.5, 2022, 10 … */
export function figuresIn(text: string): string[] {
  return text.match(/\d+(?:\.\d+)?/g) ?? [];
}

/**
 * Parses the summaries and checks them against the chapters: one entry per
 * chapter, no unknown slug, and every figure of the Chinese text printed in
 * that chapter.
 */
export function readSummaries(text: string, file: string, chapters: ChapterText[]): Map<string, ChapterSummary> {
  const source = parseYaml(text, file);
  const data = validate(fileSchema, source, FIX);
  const known = new Set(chapters.map((c) => c.slug));
  for (const slug of Object.keys(data)) {
    if (!known.has(slug)) {
      throw new SourceError(
        { file, line: source.lineOf([slug]), anchor: slug },
        'no chapter has this slug',
        `use one of: ${[...known].join(', ')}`,
      );
    }
  }
  const out = new Map<string, ChapterSummary>();
  for (const chapter of chapters) {
    const summary = data[chapter.slug];
    if (!summary) {
      throw new SourceError(
        { file, line: source.lineOf([]) },
        `chapter "${chapter.slug}" has no summary`,
        `add an entry \`${chapter.slug}:\` with line, zh and en`,
      );
    }
    const printed = chapter.texts.join('\n');
    for (const field of ['line', 'zh'] as const) {
      const missing = figuresIn(summary[field]).find((f) => !printsNumber(printed, f));
      if (missing !== undefined) {
        throw new SourceError(
          { file, line: source.lineOf([chapter.slug, field]), anchor: missing },
          `${chapter.slug}.${field}: the figure ${missing} does not occur in the chapter`,
          "copy figures exactly from the chapter's paragraphs (content/report/paragraphs.json); a summary adds no facts",
        );
      }
    }
    out.set(chapter.slug, summary);
  }
  return out;
}

/**
 * content/summaries.yaml, read strictly and checked against the ingested
 * chapters; once per build (src/utils/once.ts), first by the checks that run
 * before Astro starts (scripts/build-site.ts), so a bad summary never stops a
 * build halfway.
 */
export function loadSummaries(): Map<string, ChapterSummary> {
  return once('summaries', () => {
    const { chapters, paragraphs } = readReport();
    return readSummaries(
      readTextFile(SUMMARIES_FILE),
      SUMMARIES_FILE,
      chapters.map((c) => ({ slug: c.slug, texts: paragraphs.filter((p) => p.chapter === c.slug).map((p) => p.text) })),
    );
  });
}

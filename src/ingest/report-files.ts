/**
 * Reading the ingest's output (content/report/) back, checked against its
 * schemas: the one way every loader, the pages and the tests get the report.
 * A file that does not fit (edited by hand, or written by an older ingest) is
 * refused with the field at fault and the fix, like any other bad input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { paragraphsFileSchema, reportFileSchema, type IngestResult } from './schema.ts';
import { REPORT_DIR } from './paths.ts';
import { SourceError } from '../utils/source-error.ts';
import { fromRoot } from '../utils/project.ts';

export const PARAGRAPHS_FILE = 'paragraphs.json';
export const REPORT_FILE = 'report.json';

const FIX = 'regenerate content/report/ with `npm run ingest` (it is never edited by hand)';

function parseFile<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  const field = issue?.path.length ? issue.path.map(String).join('.') : '(top level)';
  throw new SourceError({ file }, `${field}: ${issue?.message ?? 'invalid'}`, FIX);
}

/**
 * The report from the two files' parsed JSON (the pages import them as modules;
 * `dir` only names them in errors).
 */
export function reportFromJson(reportJson: unknown, paragraphsJson: unknown, dir = REPORT_DIR): IngestResult {
  const { meta, chapters, ingest: record } = parseFile(reportFileSchema, reportJson, join(dir, REPORT_FILE));
  const { paragraphs } = parseFile(paragraphsFileSchema, paragraphsJson, join(dir, PARAGRAPHS_FILE));
  return { meta, chapters, paragraphs, record };
}

/** The report as the ingest last wrote it; `dir` is relative to the project root (or absolute). */
export function readReport(dir = REPORT_DIR): IngestResult {
  const read = (name: string): unknown => {
    const file = join(dir, name);
    try {
      return JSON.parse(readFileSync(fromRoot(file), 'utf8'));
    } catch (e) {
      const why =
        e instanceof SyntaxError
          ? `not valid JSON (${e.message})`
          : `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
      throw new SourceError({ file }, why, FIX);
    }
  };
  return reportFromJson(read(REPORT_FILE), read(PARAGRAPHS_FILE), dir);
}

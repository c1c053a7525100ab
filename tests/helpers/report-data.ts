/**
 * The ingested report and the site's summaries, as tests read them: the report
 * through the ingest's own reader (src/ingest/report-files.ts, checked against
 * its schemas), the summaries from their file, not through the site's code.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { readReport } from '../../src/ingest/report-files.ts';
import { fromRoot } from '../../src/utils/project.ts';

export const report = readReport();
export const { meta, chapters, paragraphs, record } = report;
export const summaries = parse(readFileSync(fromRoot('content/summaries.yaml'), 'utf8')) as Record<
  string,
  { line: string; zh: string; en: string }
>;
export const paragraphsOf = (slug: string) => paragraphs.filter((p) => p.chapter === slug);

/** The site's own chapter summaries, checked against the report at build time. */
import text from '../../content/summaries.yaml?raw';
import { readSummaries, SUMMARIES_FILE, type ChapterSummary } from '../summaries/read.ts';
import { chapterInfo, paragraphsOf } from './report.ts';

const summaries = readSummaries(
  text,
  SUMMARIES_FILE,
  chapterInfo.map((c) => ({ slug: c.slug, texts: paragraphsOf(c.slug).map((p) => p.text) })),
);

export function summaryOf(slug: string): ChapterSummary {
  const summary = summaries.get(slug);
  // readSummaries already refuses a chapter without a summary.
  if (!summary) throw new Error(`no summary for chapter ${slug}`);
  return summary;
}

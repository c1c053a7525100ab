/** The site's own chapter summaries, checked against the report before the build starts (src/summaries/read.ts). */
import { loadSummaries, type ChapterSummary } from '../summaries/read.ts';

export function summaryOf(slug: string): ChapterSummary {
  const summary = loadSummaries().get(slug);
  // readSummaries already refuses a chapter without a summary.
  if (!summary) throw new Error(`no summary for chapter ${slug}`);
  return summary;
}

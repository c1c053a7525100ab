import { REPORT_DIR } from '../../ingest/paths.ts';
import { readReport } from '../../ingest/report-files.ts';
import type { RecordSource } from '../record.ts';

/** Every paragraph of the report, landing on its own anchor (/chapters/<slug>/#pN). */
export function reportParagraphs(dir = REPORT_DIR): RecordSource {
  return {
    kind: 'chapter',
    records() {
      const { paragraphs, chapters } = readReport(dir);
      const titleOf = new Map(chapters.map((c) => [c.slug, c.title]));
      return paragraphs.map((p) => ({
        kind: 'chapter',
        url: `/chapters/${p.chapter}/#p${p.n}`,
        title: `第${p.n}段`,
        text: p.text,
        chapters: [p.chapter],
        context: titleOf.get(p.chapter) ?? p.chapter,
        paragraph: p.n,
      }));
    },
  };
}

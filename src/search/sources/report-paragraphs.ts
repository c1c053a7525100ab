import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPORT_DIR } from '../../ingest/paths.ts';
import type { Chapter } from '../../ingest/index.ts';
import type { RecordSource } from '../record.ts';

interface ParagraphText {
  n: number;
  chapter: string;
  text: string;
}

/** Every paragraph of the report, landing on its own anchor (/chapters/<slug>/#pN). */
export function reportParagraphs(dir = REPORT_DIR): RecordSource {
  return {
    kind: 'chapter',
    records() {
      const { paragraphs } = JSON.parse(readFileSync(join(dir, 'paragraphs.json'), 'utf8')) as { paragraphs: ParagraphText[] };
      const { chapters } = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { chapters: Chapter[] };
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

/** Small glossary fixtures over a tiny report, for the loader's checks. */
import { stringify } from 'yaml';
import type { EntryFile } from '../../../src/glossary/load.ts';
import type { ParagraphText } from '../../../src/ingest/schema.ts';

export const paragraphs: ParagraphText[] = [
  { n: 1, chapter: 'one', text: '加快“三旧”变“三新”步伐，发展“五型经济”。三旧小区要改造。' },
  { n: 2, chapter: 'two', text: '全面推动“三旧”变“三新”，打造“五型经济”标杆区，提升“两极三区”能级。' },
];

export function entry(fields: Record<string, unknown> = {}): Record<string, unknown> {
  const e: Record<string, unknown> = {
    term: '五型经济',
    forms: ['五型经济'],
    pinyin: 'wǔ xíng jīngjì',
    english: 'five-type economy',
    englishStatus: 'descriptive',
    category: 'national-strategy',
    gloss: '五种经济形态的合称。',
    glossEn: 'Five kinds of economy.',
    explanation: '解释。',
    explanationEn: 'Explanation.',
    sources: [
      { url: 'https://www.shanghai.gov.cn/x.html', title: '标题', publisher: '上海市人民政府', kind: 'government' },
    ],
    ...fields,
  };
  // Every entry carries its fact-check; unless a test gives one, it names the entry's sources.
  if (!('review' in fields)) {
    const sources = (e.sources as { url: string }[] | undefined) ?? [];
    e.review = {
      date: '2026-11-29',
      method: 'statements',
      statements: 3,
      sources: sources.map((s) => ({ url: s.url, verdict: 'supports' })),
    };
  }
  return e;
}

export function file(slug: string, fields: Record<string, unknown>): EntryFile {
  return { file: `content/glossary/${slug}.yaml`, text: stringify(fields) };
}

/** 1-based line of the first line of a file's YAML that contains `needle`. */
export function lineIn(f: EntryFile, needle: string): number {
  return f.text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

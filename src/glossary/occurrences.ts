import type { Matcher } from './matcher.ts';
import type { ParagraphText } from '../ingest/schema.ts';

/** One place the report uses a term: the paragraph and the sentence, with the term's span in it. */
export interface Occurrence {
  n: number;
  chapter: string;
  form: string;
  sentence: string;
  /** The term's position within `sentence`. */
  start: number;
  end: number;
}

const SENTENCE_END = /[。！？；]/;

/** The sentence around [start, end) in a paragraph: from after the previous 。！？； to the next one, inclusive. */
export function sentenceAround(text: string, start: number, end: number): { sentence: string; offset: number } {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to - 1] ?? '')) to++;
  while (to < text.length && /[”’」）]/.test(text[to]!)) to++;
  return { sentence: text.slice(from, to), offset: from };
}

/** Every occurrence of every term in the paragraphs, grouped by slug, in reading order. */
export function findOccurrences(paragraphs: ParagraphText[], match: Matcher): Map<string, Occurrence[]> {
  const bySlug = new Map<string, Occurrence[]>();
  for (const p of paragraphs) {
    for (const m of match(p.text)) {
      const { sentence, offset } = sentenceAround(p.text, m.start, m.end);
      if (!bySlug.has(m.slug)) bySlug.set(m.slug, []);
      bySlug
        .get(m.slug)!
        .push({ n: p.n, chapter: p.chapter, form: m.form, sentence, start: m.start - offset, end: m.end - offset });
    }
  }
  return bySlug;
}

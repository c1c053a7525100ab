/**
 * Checks of hand-written data against the report's text (glossary entries,
 * zones, indicators), each written once so that every file is refused in the
 * same words for the same fault.
 */
import type { ParagraphText } from '../ingest/schema.ts';
import { SourceError, type Place } from '../utils/source-error.ts';

/** The one paragraph that holds `quote`, exactly; refused at `place` when none or several do. */
export function paragraphHolding<P extends ParagraphText>(paragraphs: readonly P[], quote: string, place: Place): P {
  const hits = paragraphs.filter((p) => p.text.includes(quote));
  if (hits.length === 1) return hits[0]!;
  throw new SourceError(
    { ...place, anchor: quote.slice(0, 24) },
    hits.length === 0
      ? 'this quote is not in the report'
      : `this quote is in ${hits.length} paragraphs (${hits.map((p) => `p${p.n}`).join(', ')})`,
    'quote the report exactly, from one paragraph (content/report/paragraphs.json: numbers without spaces, full-width punctuation); lengthen a quote that occurs more than once',
  );
}

interface FormsCheck {
  /** What owns the forms, in the refusal: "entry", "zone". */
  owner: string;
  /** What else the writer may do instead of fixing the form, e.g. "mark the entry `background: true`". */
  orElse?: string;
}

/**
 * Every form is one the matcher finds in the report (`used`: leftmost-longest,
 * src/glossary/matcher.ts). A form that occurs nowhere, or only ever inside a
 * longer form of another owner, is refused at its place.
 */
export function checkFormsUsed(
  forms: readonly string[],
  used: ReadonlySet<string>,
  paragraphs: readonly ParagraphText[],
  placeOf: (i: number) => Place,
  { owner, orElse }: FormsCheck,
): void {
  forms.forEach((form, i) => {
    if (used.has(form)) return;
    const place = { ...placeOf(i), anchor: form };
    if (paragraphs.some((p) => p.text.includes(form))) {
      throw new SourceError(
        place,
        `this form only occurs inside a longer form of another ${owner}, so it never names this one`,
        `drop the form (the longer one covers it)${orElse ? `, or ${orElse}` : ''}`,
      );
    }
    throw new SourceError(
      place,
      'this form occurs nowhere in the report',
      `copy the form exactly from the report text (content/report/paragraphs.json)${orElse ? `, or ${orElse} if the report does not use it` : ''}`,
    );
  });
}

/** Words a label may add to the report's that say what is measured, never which way it goes. */
export const MEASURE_WORDS = ['规模', '面积', '长度', '幢数'] as const;

/** The sentence (up to 。；！？) of `paragraph` that holds `quote`, or the paragraph when it does not. */
export function sentenceHolding(paragraph: string, quote: string): string {
  const at = paragraph.indexOf(quote);
  if (at < 0) return paragraph;
  const END = /[。；！？]/;
  let start = at;
  while (start > 0 && !END.test(paragraph[start - 1]!)) start--;
  let end = at + quote.length;
  while (end < paragraph.length && !END.test(paragraph[end]!)) end++;
  return paragraph.slice(start, end);
}

/**
 * The parts of `label` that are not the report's words: the label is read
 * left to right in pieces of two or more characters, each the longest that the
 * quote, its sentence or MEASURE_WORDS holds; what no such piece covers is
 * returned (a label saying 下降 beside a quote saying 增长 returns 「下降」).
 * Brackets （…） only group, their words are checked like the rest.
 */
export function wordsNotInReport(label: string, quote: string, sentence: string): string[] {
  const text = label.replace(/[（）()]/g, '');
  const holds = (piece: string) =>
    quote.includes(piece) || sentence.includes(piece) || (MEASURE_WORDS as readonly string[]).includes(piece);
  const missing: string[] = [];
  let run = '';
  for (let i = 0; i < text.length;) {
    let j = text.length;
    while (j >= i + 2 && !holds(text.slice(i, j))) j--;
    if (j >= i + 2) {
      if (run) missing.push(run);
      run = '';
      i = j;
    } else {
      run += text[i];
      i++;
    }
  }
  if (run) missing.push(run);
  return missing;
}

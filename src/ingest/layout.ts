import type { SourceLine } from './decode-seed.ts';

/**
 * How wide a line printed, in full-width character cells: Latin letters and
 * digits are half width, the extraction's spaces take none.
 */
export function printedWidth(text: string): number {
  let w = 0;
  for (const c of text) {
    if (/\s/.test(c)) continue;
    w += c.charCodeAt(0) < 0x80 ? 0.5 : 1;
  }
  return w;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s[s.length >> 1]!;
};

/** Punctuation that ends a sentence or introduces a list, optionally inside closing quotes. */
export const SENTENCE_END = /[。：！？；][”’」』）]*$/;

/**
 * A paragraph's last line usually ends short, after sentence-final punctuation,
 * and the next paragraph's first line is indented. The column width differs
 * between the two pages, so "short" is measured against the median width of the
 * nearby lines. A clearly short last line is enough; a slightly short one counts
 * when the next line is clearly indented. Returns the indexes of lines that end
 * a paragraph by this rule (the body's last line excluded: it ends the text).
 */
export function layoutParagraphEnds(lines: SourceLine[], window = 12): number[] {
  const widths = lines.map((l) => printedWidth(l.text));
  const shortBy = (i: number) => {
    const near = widths.slice(Math.max(0, i - window), i + window + 1);
    return median(near) - widths[i]!;
  };
  const ends: number[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if (!SENTENCE_END.test(lines[i]!.text.trim())) continue;
    if (shortBy(i) >= 2 || (shortBy(i) >= 1 && shortBy(i + 1) >= 2)) ends.push(i);
  }
  return ends;
}

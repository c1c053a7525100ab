/**
 * On paper a term's preview card is lost, so a printed chapter ends with the
 * one-line gloss (and pinyin and English) of every glossary term it uses; on
 * screen the same notes are what the preview cards show, so the page carries
 * each gloss once. Notes are ordered by the paragraph
 * that first uses it (terms first used in the same paragraph keep the
 * glossary's order).
 */
export interface GlossedTerm {
  slug: string;
  term: string;
  pinyin: string;
  english: string;
  gloss: string;
}

export interface PrintNote extends GlossedTerm {
  /** Paragraphs of the chapter that use the term, ascending. */
  paragraphs: number[];
}

export function glossaryNotes(
  entries: readonly GlossedTerm[],
  occurrences: ReadonlyMap<string, readonly { n: number }[]>,
  chapterParagraphs: readonly number[],
): PrintNote[] {
  const inChapter = new Set(chapterParagraphs);
  const notes: PrintNote[] = [];
  for (const e of entries) {
    const used = [...new Set((occurrences.get(e.slug) ?? []).map((o) => o.n).filter((n) => inChapter.has(n)))].sort(
      (a, b) => a - b,
    );
    if (used.length)
      notes.push({
        slug: e.slug,
        term: e.term,
        pinyin: e.pinyin,
        english: e.english,
        gloss: e.gloss,
        paragraphs: used,
      });
  }
  return notes.sort((a, b) => a.paragraphs[0]! - b.paragraphs[0]!);
}

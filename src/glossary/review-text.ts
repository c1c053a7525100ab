/**
 * How the glossary pages word an entry's review record (content/glossary/README.md,
 * "Review"): the method in one plain sentence and each source's verdict.
 */
import type { EntryData } from './schema.ts';

type Review = NonNullable<EntryData['review']>;
type Verdict = Review['sources'][number]['verdict'];

/** The method, in one sentence a pupil follows; `cited` is whether the entry cites outside sources. */
export function reviewMethodSentence(review: Review, cited: boolean): string {
  const against = cited ? '所引来源或报告原文' : '报告原文';
  return `本条目的每一个事实陈述（共${review.statements}条，包括拼音和英文译名）都对照${against}逐一核对过。`;
}

export const VERDICT_LABELS: Record<Verdict, string> = {
  supports: '支持本条目',
  partly: '支持本条目的一部分',
};

/** The verdict beside a source, with its note when there is one. */
export function verdictText(source: Review['sources'][number]): string {
  return source.note
    ? `${VERDICT_LABELS[source.verdict]}（${source.note.replace(/[。.]$/, '')}）`
    : VERDICT_LABELS[source.verdict];
}

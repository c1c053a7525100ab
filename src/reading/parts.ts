/**
 * The parts of a chapter as the report marks them: an area-of-work heading
 * (the printed heading before a chapter's opening paragraph) and the bold run-in
 * heads that open paragraphs. They make the on-page contents list and the five
 * goals at a glance; the labels are the report's own words, only trimmed of the
 * dash that introduces a goal and the full stop that ends a run-in head.
 */
import type { Paragraph } from '../ingest/schema.ts';

/** A chapter longer than this (characters of report text, about three phone screens) ends with "回到顶部" (Back to top). */
export const LONG_CHAPTER = 1000;

export interface Part {
  /** Paragraph number: the part's anchor is #p<n>. */
  n: number;
  kind: 'heading' | 'lead';
  label: string;
}

/** "———核心竞争力跃上新高度。" → "核心竞争力跃上新高度" */
export function trimHead(head: string): string {
  return head.replace(/^[—\-－]+/, '').replace(/[。：；]$/, '');
}

export function chapterParts(paragraphs: Pick<Paragraph, 'n' | 'lead' | 'heading'>[]): Part[] {
  const parts: Part[] = [];
  for (const p of paragraphs) {
    if (p.heading) parts.push({ n: p.n, kind: 'heading', label: trimHead(p.heading) });
    if (p.lead) parts.push({ n: p.n, kind: 'lead', label: trimHead(p.lead) });
  }
  return parts;
}

/** The run-in heads of a chapter, e.g. the five goals of the five-year-goals chapter. */
export function leadsOf(paragraphs: Pick<Paragraph, 'n' | 'lead'>[]): { n: number; label: string }[] {
  return paragraphs.flatMap((p) => (p.lead ? [{ n: p.n, label: trimHead(p.lead) }] : []));
}

/** "— Core competitiveness rises to new heights." → "Core competitiveness rises to new heights" */
export function trimHeadEn(head: string): string {
  return head.replace(/^[—–-]+\s*/, '').replace(/[.:;]$/, '');
}

/**
 * The parts of a chapter in the English edition: the same paragraphs as
 * chapterParts(), labelled with the chapter's English title (for the area
 * heading, which is the chapter's title) and the English run-in heads.
 */
export function englishParts(
  paragraphs: Pick<Paragraph, 'n' | 'lead' | 'heading'>[],
  leadOf: (n: number) => string | undefined,
  headingEn: string,
): Part[] {
  return chapterParts(paragraphs).map((part) => ({
    ...part,
    label: part.kind === 'heading' ? headingEn : trimHeadEn(leadOf(part.n) ?? part.label),
  }));
}

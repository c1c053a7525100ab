import type { BodyText } from './join-lines.ts';
import type { Anchor, Structure } from './structure.ts';
import { layoutParagraphEnds, SENTENCE_END } from './layout.ts';
import { reconcile, type Declared, type Finding } from './reconcile.ts';
import { SourceError } from '../utils/source-error.ts';
import type { Paragraph } from './schema.ts';

/** Offset of an anchor's one and only occurrence in the body text. */
function locate(body: BodyText, anchor: Anchor, file: string): number {
  const first = body.text.indexOf(anchor.text);
  if (first === -1) {
    throw new SourceError(
      { file, line: anchor.line, anchor: anchor.text },
      'this anchor does not occur in the seed body',
      'copy it exactly from the seed (spaces do not matter); if the seed changed, restore it from ../shared/seeds/',
    );
  }
  const second = body.text.indexOf(anchor.text, first + 1);
  if (second !== -1) {
    throw new SourceError(
      { file, line: anchor.line, anchor: anchor.text },
      `this anchor occurs more than once in the seed body (seed lines ${body.lineOf[first]} and ${body.lineOf[second]})`,
      'lengthen the anchor until it occurs once',
    );
  }
  return first;
}

const LEAD = /^[^，、；：。]{2,20}。/;

/** The rule for a bold run-in head: a short first sentence with no comma, closed by 。 */
function leadByRule(paragraph: string): string | undefined {
  return paragraph.match(LEAD)?.[0];
}

/**
 * Cuts the body into the report's paragraphs at the structure file's anchors,
 * after reconciling them with the layout rule, refusing any cut that falls
 * inside a sentence.
 */
export function cutParagraphs(body: BodyText, structure: Structure, seedFile: string): Paragraph[] {
  const file = structure.file;
  const starts = structure.chapters.flatMap((c) =>
    c.paragraphs.map((p, i) => ({ chapter: c, p, first: i === 0, at: locate(body, p, file) })),
  );

  if (starts[0]!.at !== 0) {
    throw new SourceError(
      { file, line: starts[0]!.p.line, anchor: starts[0]!.p.text },
      `the first paragraph must start where the body does, but text comes before it: 「${body.text.slice(0, Math.min(starts[0]!.at, 20))}…」`,
      'make the first paragraph anchor the opening words of the body',
    );
  }
  starts.forEach((s, i) => {
    const prev = starts[i - 1];
    if (prev && s.at <= prev.at) {
      throw new SourceError(
        { file, line: s.p.line, anchor: s.p.text },
        `this paragraph comes before the one listed above it (line ${prev.p.line}) in the seed`,
        'list paragraphs and chapters in reading order',
      );
    }
    if (i > 0 && !SENTENCE_END.test(body.text.slice(Math.max(0, s.at - 4), s.at))) {
      throw new SourceError(
        { file, line: s.p.line, anchor: s.p.text },
        `this paragraph split falls inside a sentence (the text before it ends 「…${body.text.slice(Math.max(0, s.at - 8), s.at)}」)`,
        'move the anchor to the start of a sentence, after 。 or ：',
      );
    }
  });

  // Where the layout shows a paragraph end, the next body line starts a paragraph.
  const lineStart = new Map<number, number>();
  body.lineOf.forEach((n, i) => {
    if (!lineStart.has(n)) lineStart.set(n, i);
  });
  const findings: Finding[] = layoutParagraphEnds(body.lines).map((i) => {
    const next = body.lines[i + 1]!;
    return { key: lineStart.get(next.n)!, seedLine: next.n, text: next.text.trim().slice(0, 12) };
  });
  const declared: Declared[] = starts
    .slice(1)
    .map((s) => ({ key: s.at, anchor: s.p, confirmed: s.p.confirm !== undefined }));
  const rejected = structure.notBreaks.map((b) => ({ key: locate(body, b, file) + b.text.length, anchor: b }));
  reconcile(
    findings,
    declared,
    rejected,
    {
      thing: 'paragraph break',
      toDeclare: "add the paragraph's opening words to its chapter's `paragraphs:`",
      toReject: 'list the text before the break under `notBreaks:` with a `reason:`',
      toConfirm: 'add `confirm: <why>` to the entry',
    },
    { seed: seedFile, structure: file },
  );

  const paragraphs: Paragraph[] = starts.map((s, i) => {
    const end = starts[i + 1]?.at ?? body.text.length;
    const text = body.text.slice(s.at, end);
    const lines = [...new Set(body.lineOf.slice(s.at, end))];
    return {
      n: i + 1,
      chapter: s.chapter.slug,
      text,
      lead: s.p.lead,
      heading: s.first ? s.chapter.heading?.text : undefined,
      source: lines.map((n) => ({ line: n, text: body.lines.find((l) => l.n === n)!.text })),
    };
  });
  checkLeads(
    paragraphs,
    starts.map((s) => ({ anchor: s.p, at: s.at })),
    structure,
    seedFile,
    body,
  );
  return paragraphs;
}

function checkLeads(
  paragraphs: Paragraph[],
  starts: { anchor: Anchor; at: number }[],
  structure: Structure,
  seedFile: string,
  body: BodyText,
) {
  const findings: Finding[] = paragraphs.flatMap((p, i) => {
    const lead = leadByRule(p.text);
    return lead ? [{ key: starts[i]!.at, seedLine: p.source[0]!.line, text: lead }] : [];
  });
  const declared: Declared[] = paragraphs.flatMap((p, i) => {
    if (!p.lead) return [];
    const { anchor, at } = starts[i]!;
    if (!p.text.startsWith(p.lead) || !p.lead.endsWith('。')) {
      throw new SourceError(
        { file: structure.file, line: anchor.line, anchor: p.lead },
        'a lead-in must be the whole first sentence of its paragraph',
        "copy the paragraph's first sentence up to and including its 。",
      );
    }
    return [{ key: at, anchor, confirmed: false }];
  });
  // A rejected lead is named by its own text, which opens its paragraph.
  const rejected = structure.notLeads.map((r) => ({ key: locate(body, r, structure.file), anchor: r }));
  reconcile(
    findings,
    declared,
    rejected,
    {
      thing: 'bold lead-in',
      toDeclare: 'give the paragraph `lead: <its first sentence>` in the structure file',
      toReject: 'list it under `notLeads:` with a `reason:`',
      toConfirm:
        'know that the rule only sees short first sentences without commas, ending in 。, and shorten it to one',
    },
    { seed: seedFile, structure: structure.file },
  );
}

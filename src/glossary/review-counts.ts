/**
 * The glossary's fact-check in figures: how many entries carry a review record,
 * how many statements were checked, what was corrected (by kind) and what the
 * cited sources were found to support. `npm run glossary:check -- --review`
 * prints them and writes them into content/glossary/README.md between the
 * markers below; a unit test keeps the README in step with the entries.
 */
import { CORRECTION_KINDS, type EntryData } from './schema.ts';

export const README_FILE = 'content/glossary/README.md';
export const START = '<!-- review-counts:start (npm run glossary:check -- --review writes this block) -->';
export const END = '<!-- review-counts:end -->';

type Kind = (typeof CORRECTION_KINDS)[number];

export interface ReviewCounts {
  entries: number;
  reviewed: number;
  /** Slugs of the entries without a review record. */
  unreviewed: string[];
  statements: number;
  corrections: Record<Kind, number>;
  correctionsTotal: number;
  /** Entries whose review changed nothing. */
  unchanged: number;
  sources: { supports: number; partly: number };
  /** First and last review dates (YYYY-MM-DD), when any. */
  dates: [string, string] | undefined;
}

export function reviewCounts(entries: readonly { slug: string; review?: EntryData['review'] }[]): ReviewCounts {
  const corrections = Object.fromEntries(CORRECTION_KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const sources = { supports: 0, partly: 0 };
  const reviewed = entries.filter((e) => e.review);
  const dates = reviewed.map((e) => e.review!.date).sort();
  for (const e of reviewed) {
    for (const c of e.review!.corrections) corrections[c.kind]++;
    for (const s of e.review!.sources) sources[s.verdict]++;
  }
  return {
    entries: entries.length,
    reviewed: reviewed.length,
    unreviewed: entries.filter((e) => !e.review).map((e) => e.slug),
    statements: reviewed.reduce((n, e) => n + e.review!.statements, 0),
    corrections,
    correctionsTotal: Object.values(corrections).reduce((a, b) => a + b, 0),
    unchanged: reviewed.filter((e) => e.review!.corrections.length === 0).length,
    sources,
    dates: dates.length ? [dates[0]!, dates.at(-1)!] : undefined,
  };
}

const KIND_LABELS: Record<Kind, string> = {
  'wrong-fact': 'wrong fact',
  unsupported: 'unsupported statement',
  guessed: 'guess',
  english: 'English rendering',
  pinyin: 'pinyin',
  source: 'source replaced',
  minor: 'minor',
};

/** The figures as a Markdown table (what the README shows). */
export function formatReviewCounts(c: ReviewCounts): string {
  const when = c.dates ? (c.dates[0] === c.dates[1] ? c.dates[0] : `${c.dates[0]} to ${c.dates[1]}`) : 'none yet';
  const byKind = CORRECTION_KINDS.filter((k) => c.corrections[k] > 0)
    .map((k) => `${KIND_LABELS[k]} ${c.corrections[k]}`)
    .join(', ');
  const rows = [
    [
      'entries checked',
      `${c.reviewed} of ${c.entries}${c.unreviewed.length ? ` (not yet: ${c.unreviewed.length})` : ''}`,
    ],
    ['review dates', when],
    ['statements checked', String(c.statements)],
    ['corrections', `${c.correctionsTotal}${byKind ? `: ${byKind}` : ''}`],
    ['entries the check left unchanged', String(c.unchanged)],
    [
      'cited sources',
      `${c.sources.supports + c.sources.partly}: ${c.sources.supports} support the entry, ${c.sources.partly} support part of it`,
    ],
  ];
  return ['| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
}

/** `readme` with the block between the markers replaced by `table` (the markers must be there). */
export function withReviewCounts(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end < start)
    throw new Error(`${README_FILE} has no review-counts block: put the lines\n${START}\n${END}\nwhere the figures go`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

import type { Range } from './match.ts';
import { HAN } from '../i18n/lang.ts';

interface Segment {
  text: string;
  marked: boolean;
}

interface Excerpt {
  segments: Segment[];
  /** Text was left out before / after the excerpt. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** A clause ends after these (and a new one starts after them or after a space). */
const CLAUSE_END = /[，。；：、！？…,.;:!?]/u;
const CLOSING = /[）)」』】〕”’》〉]/u;
const SPACE = /\s/u;
/** A dash (——) opens an explanation: a clause may start after it, an excerpt never starts with it. */
const DASH = /[—–]/u;
/** Punctuation other than the marks that belong to a number (5.5%, 1,000, 1-2, 5+4). */
const PUNCTUATION = /(?![.,%‰+\-/])[\p{P}\p{S}]/u;
/** How far (in characters) an edge may move to reach the end of a clause. */
const SLACK = 12;

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh', { granularity: 'word' }) : undefined;
const WORD = /[\p{L}\p{N}]/u;

/**
 * Whether position `p` of `chars` (between chars[p - 1] and chars[p]) is
 * between two words: never inside a number (4|00, 5.|5) or a Latin word
 * (c|arbon), and for Chinese where the word segmenter puts a break
 * (Intl.Segmenter, looking at the characters around p).
 */
function isWordBreak(chars: readonly string[], p: number): boolean {
  if (p <= 0 || p >= chars.length) return true;
  const before = chars[p - 1]!;
  const after = chars[p]!;
  const latinOrDigit = (c: string) => WORD.test(c) && !HAN.test(c);
  if (latinOrDigit(before) && latinOrDigit(after)) return false;
  // 5.5, 1,000: a mark between two digits is inside the number.
  if (/\d/.test(chars[p - 2] ?? '') && /[.,]/.test(before) && /\d/.test(after)) return false;
  if (/\d/.test(before) && /[.,]/.test(after) && /\d/.test(chars[p + 1] ?? '')) return false;
  // A number holds on to the words around it (超400个, 第13段, 2022年, 5%): cut it off, and it says something else.
  if (
    (/\d/.test(before) || /\d/.test(after)) &&
    !SPACE.test(before) &&
    !SPACE.test(after) &&
    !PUNCTUATION.test(before) &&
    !PUNCTUATION.test(after)
  )
    return false;
  if (!segmenter || !(HAN.test(before) && HAN.test(after))) return true;
  const from = Math.max(0, p - 8);
  const piece = chars.slice(from, Math.min(chars.length, p + 8)).join('');
  const at = chars.slice(from, p).join('').length;
  for (const s of segmenter.segment(piece)) {
    if (s.index === at) return true;
    if (s.index > at) return false;
  }
  return false;
}

/** Punctuation that ends a clause, with the closing quotes or brackets right after it (。” or ，）). */
function endsClause(chars: readonly string[], p: number): boolean {
  let q = p - 1;
  while (q > 0 && CLOSING.test(chars[q]!)) q--;
  return CLAUSE_END.test(chars[q] ?? '') && !CLOSING.test(chars[p] ?? '');
}
/** Where a clause starts: after punctuation that ends one, or after a space (and not inside a number: 5.|5). */
function isClauseStart(chars: readonly string[], p: number): boolean {
  if (p === 0) return true;
  return (
    (endsClause(chars, p) || SPACE.test(chars[p - 1]!) || DASH.test(chars[p - 1]!)) &&
    !SPACE.test(chars[p] ?? '') &&
    !DASH.test(chars[p] ?? '') &&
    isWordBreak(chars, p)
  );
}
/** Where a clause ends: after its punctuation (and the quotes that close with it), or before a space. */
function isClauseEnd(chars: readonly string[], p: number): boolean {
  if (p === chars.length) return true;
  return (endsClause(chars, p) || (SPACE.test(chars[p]!) && !SPACE.test(chars[p - 1]!))) && isWordBreak(chars, p);
}

/** The position in [lo, hi] nearest to `target` that passes `ok`, or undefined. */
function nearest(target: number, lo: number, hi: number, ok: (p: number) => boolean): number | undefined {
  for (let d = 0; d <= Math.max(target - lo, hi - target); d++) {
    if (target - d >= lo && target - d <= hi && ok(target - d)) return target - d;
    if (target + d >= lo && target + d <= hi && ok(target + d)) return target + d;
  }
  return undefined;
}

/**
 * A window of the text around its first match, with every match inside it
 * marked as a whole (the window widens rather than cut a match). Chinese needs
 * little context before a phrase and more after it to make sense, hence the
 * window starts a quarter of its length before the first match. Its edges
 * move to the nearest end of a clause (after punctuation, or at a space) when
 * one is close, and are otherwise never inside a number or a word.
 *
 * `from` leaves out the start of the text (the name line a result's heading
 * already shows): matches before it are not shown. With `fromStart` the
 * excerpt starts there, wherever the first match is.
 */
export function excerptAround(
  text: string,
  allRanges: readonly Range[],
  length = 90,
  from = 0,
  fromStart = false,
): Excerpt {
  const chars = [...text];
  // Work in code points so that a window never splits a character.
  const toCp = (unit: number) => [...text.slice(0, unit)].length;
  let floor = toCp(from);
  while (floor < chars.length && SPACE.test(chars[floor]!)) floor++;
  const ranges = allRanges.map((r) => ({ start: toCp(r.start), end: toCp(r.end) })).filter((r) => r.start >= floor);
  const first = ranges[0];
  let start = floor;
  let end = chars.length;
  if (chars.length - floor > length) {
    if (first && !fromStart) {
      const s0 = Math.max(floor, Math.min(first.start - Math.floor(length / 4), chars.length - length));
      const e0 = Math.max(s0 + length, first.end);
      start =
        nearest(
          s0,
          Math.max(floor, s0 - SLACK),
          Math.min(first.start, s0 + SLACK),
          (p) => p === floor || isClauseStart(chars, p),
        ) ?? nearest(s0, floor, first.start, (p) => p === floor || isWordBreak(chars, p))!;
      end =
        nearest(e0, Math.max(first.end, e0 - SLACK), Math.min(chars.length, e0 + SLACK), (p) =>
          isClauseEnd(chars, p),
        ) ?? nearest(e0, first.end, chars.length, (p) => isWordBreak(chars, p))!;
    } else {
      end =
        nearest(floor + length, floor + length - SLACK, Math.min(chars.length, floor + length + SLACK), (p) =>
          isClauseEnd(chars, p),
        ) ?? nearest(floor + length, floor + 1, chars.length, (p) => isWordBreak(chars, p))!;
    }
  }
  // A match is never cut by the window's edges: the window widens to hold it whole, and to the word around it.
  for (const r of ranges) {
    if (r.start < start && r.end > start)
      start = nearest(r.start, floor, r.start, (p) => p === floor || isWordBreak(chars, p)) ?? floor;
    if (r.start < end && r.end > end)
      end = nearest(r.end, r.end, chars.length, (p) => isWordBreak(chars, p)) ?? chars.length;
  }
  while (
    start < end &&
    (SPACE.test(chars[start]!) || DASH.test(chars[start]!)) &&
    !ranges.some((r) => r.start <= start && r.end > start)
  )
    start++;
  while (end > start && SPACE.test(chars[end - 1]!) && !ranges.some((r) => r.end === end)) end--;
  const segments: Segment[] = [];
  let at = start;
  for (const r of ranges) {
    const rs = Math.max(r.start, start);
    const re = Math.min(r.end, end);
    if (re <= rs) continue;
    if (rs > at) segments.push({ text: chars.slice(at, rs).join(''), marked: false });
    segments.push({ text: chars.slice(rs, re).join(''), marked: true });
    at = re;
  }
  if (at < end) segments.push({ text: chars.slice(at, end).join(''), marked: false });
  return { segments, cutBefore: start > floor, cutAfter: end < chars.length };
}

/**
 * A result's excerpt. A record that starts with its name line (`lead`: a
 * glossary term with its pinyin and English name) shows what follows it, since
 * the heading already names it: around the first match after the name line,
 * or, for the entry named as the query, from there (its one-line gloss, then
 * the explanation). Only when the name line alone holds the query (its pinyin,
 * say) is the excerpt taken from there.
 */
export function resultExcerpt(
  hit: { text: string; ranges: readonly Range[]; lead?: number | undefined },
  exactName: boolean,
  length?: number,
): Excerpt {
  const lead = hit.lead ?? 0;
  const from = exactName || hit.ranges.some((r) => r.start >= lead) ? lead : 0;
  return excerptAround(hit.text, hit.ranges, length, from, exactName);
}

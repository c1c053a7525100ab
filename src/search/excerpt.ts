import type { Range } from './match.ts';

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

/**
 * A window of the text around its first match, with every match inside it
 * marked as a whole (the window widens rather than cut a match). Chinese needs little context before a phrase and more
 * after it to make sense, hence the window starts a quarter of its length
 * before the first match.
 */
export function excerptAround(text: string, ranges: readonly Range[], length = 90): Excerpt {
  const chars = [...text];
  // Work in code points so that a window never splits a character.
  const toCp = (unit: number) => [...text.slice(0, unit)].length;
  const first = ranges[0];
  let start = 0;
  let end = chars.length;
  if (first && chars.length > length) {
    const fStart = toCp(first.start);
    const fEnd = toCp(first.end);
    start = Math.max(0, Math.min(fStart - Math.floor(length / 4), chars.length - length));
    end = Math.max(start + length, fEnd);
  } else if (chars.length > length) {
    end = length;
  }
  // A match is never cut by the window's edges: the window widens to hold it whole.
  for (const r of ranges) {
    const rs = toCp(r.start);
    const re = toCp(r.end);
    if (rs < start && re > start) start = rs;
    if (rs < end && re > end) end = re;
  }
  const segments: Segment[] = [];
  let at = start;
  for (const r of ranges) {
    const rs = Math.max(toCp(r.start), start);
    const re = Math.min(toCp(r.end), end);
    if (re <= rs) continue;
    if (rs > at) segments.push({ text: chars.slice(at, rs).join(''), marked: false });
    segments.push({ text: chars.slice(rs, re).join(''), marked: true });
    at = re;
  }
  if (at < end) segments.push({ text: chars.slice(at, end).join(''), marked: false });
  return { segments, cutBefore: start > 0, cutAfter: end < chars.length };
}

/**
 * What "this result holds the query" means, in one place: the search page
 * keeps only results whose own text holds the query, marks the phrase in their
 * excerpts, and the landing page marks the same places. The benchmark checks
 * against its own, independent reading of these rules.
 *
 * - The query is split at spaces into terms; "double quotes" keep a phrase with
 *   spaces together. Every term must occur.
 * - Chinese is matched as typed, character for character (there are no word
 *   boundaries to respect).
 * - Invisible characters (zero-width spaces and joiners, bidi marks, soft
 *   hyphens: Unicode's default-ignorable code points), which pasted text often
 *   carries, are dropped on both sides; the search page shows the query without them.
 * - Full-width and half-width forms, upper and lower case, and accents are the
 *   same (５％ = 5%, rcep = RCEP, liang = liǎng); quotation marks are ignored, so
 *   三旧变三新 finds “三旧”变“三新”.
 * - A number matches only a whole number: 5% is not found inside 55% or 5.5%,
 *   10 not inside 100. A Latin word matches only a whole word, which may take an
 *   English plural or possessive ending: ai is found neither inside Shanghai nor
 *   in aims, art not in artificial, but pole finds poles (and Xuhui, Xuhui's).
 */

import { standsWhole } from '../checks/numbers.ts';

/** Quotation marks, ignored on both sides. */
const QUOTE = /[\p{Pi}\p{Pf}"'「」『』]/u;

/** A character's plain form: compatibility forms folded (５ → 5), accents dropped (ǎ → a), lower case. */
export function plainChar(c: string): string {
  return c.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Characters that show nothing (U+200B, U+200D, U+202E, U+00AD …): never part of what is searched. */
const INVISIBLE = /\p{Default_Ignorable_Code_Point}/gu;

/** The query as the reader sees it: without invisible characters. */
export function visibleQuery(query: string): string {
  return query.replace(INVISIBLE, () => '');
}

/** One character as matching compares it: its plain form, and nothing for a quotation mark or an invisible character. */
function foldChar(c: string): string {
  return QUOTE.test(c) || /^\p{Default_Ignorable_Code_Point}$/u.test(c) ? '' : plainChar(c);
}

interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, where its character starts in the original; one more entry for the end. */
  origin: number[];
}

export function fold(original: string): Folded {
  let text = '';
  const origin: number[] = [];
  let at = 0;
  for (const c of original) {
    const f = foldChar(c);
    text += f;
    for (let k = 0; k < f.length; k++) origin.push(at);
    at += c.length;
  }
  origin.push(at);
  return { text, origin };
}

/** The query's terms, folded, without duplicates. A term that folds to nothing (only quotes) is dropped. */
export function queryTerms(query: string): string[] {
  const parts: string[] = [];
  query.replace(/"([^"]*)"|[^\s"]+/g, (whole, phrase: string | undefined) => {
    parts.push(phrase ?? whole);
    return '';
  });
  const terms = parts.map((p) => fold(p.trim()).text).filter((t) => t.trim() !== '');
  return [...new Set(terms)];
}

const ALNUM = /[a-z0-9]/;

/** An English plural or possessive ending after a word (after folding, "Xuhui's" is "xuhuis"). */
const ENDING = /^e?s/;

/**
 * Where `term`, found at `at` in folded `text`, ends as the rules above require,
 * or undefined where it does not stand on its own: a Latin word is whole (it may
 * take an English ending, which then belongs to the match); a number is whole
 * (src/checks/numbers.ts).
 */
function wordEnd(text: string, term: string, at: number): number | undefined {
  if (/[a-z]/.test(term[0]!) && ALNUM.test(text[at - 1] ?? '')) return undefined;
  if (!standsWhole(text, term, at)) return undefined;
  const end = at + term.length;
  if (!/[a-z]/.test(term.at(-1)!) || !ALNUM.test(text[end] ?? '')) return end;
  const ending = ENDING.exec(text.slice(end, end + 2))?.[0];
  return ending !== undefined && !ALNUM.test(text[end + ending.length] ?? '') ? end + ending.length : undefined;
}

export interface Range {
  start: number;
  end: number;
}

/** Where each term occurs in the original text (ranges in the original string), or null if some term does not. */
export function findTerms(original: string, terms: readonly string[]): Range[] | null {
  if (terms.length === 0) return null;
  const { text, origin } = fold(original);
  const ranges: Range[] = [];
  for (const term of terms) {
    let found = false;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      const end = wordEnd(text, term, at);
      if (end === undefined) continue;
      found = true;
      ranges.push({ start: origin[at]!, end: origin[end - 1]! + charLength(original, origin[end - 1]!) });
    }
    if (!found) return null;
  }
  return mergeRanges(ranges);
}

function charLength(text: string, at: number): number {
  return (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** Sorted, with overlapping or touching ranges joined. */
export function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

/** Whether the text holds every term of the query. */
export function holdsQuery(text: string, query: string): boolean {
  return findTerms(text, queryTerms(query)) !== null;
}

/**
 * Glossary terms in the English translation (issue #17), found and linked by
 * the rules of the report's own pages: a term is looked for in a paragraph's
 * English only where its Chinese paragraph holds one of the term's forms, by
 * the entry's English name or a declared variant (compared as
 * src/glossary/english-names.ts compares them: case, quotation marks, kind of
 * dash, a leading article, a plural ending), leftmost-longest; each term is
 * linked once per chapter, at its first occurrence, within the same share of
 * a paragraph, never a formula left unmarked (chooseTermLinks, the same
 * function the Chinese pages use). Every occurrence, with its sentence, is
 * what the English glossary entries list.
 */
import { nameKey, phraseSpans } from '../glossary/english-names.ts';
import { chooseTermLinks } from '../glossary/link-terms.ts';
import type { Match, Matcher } from '../glossary/matcher.ts';
import type { Occurrence } from '../glossary/occurrences.ts';
import type { TranslatedParagraph } from './load.ts';

/** What the English matching needs of a glossary entry. */
export interface EnglishEntry {
  slug: string;
  english: string;
  englishVariants: readonly string[];
}

const QUOTES = /["'`´“”‘’„‟«»‹›「」『』]/;
const DASHES = /[‐‑‒–—―−]/;
const OPENING = '“‘«「『';
const CLOSING = '”’»」』';

/**
 * `text` normalised as normaliseEnglish() normalises it (NFKC, lower case, no
 * quotation marks, one kind of dash, single spaces), with, for each unit of
 * the result, where its character starts in `text`.
 */
function normaliseWithOrigin(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let at = 0;
  for (const c of text) {
    let f = c.normalize('NFKC').toLowerCase();
    if ([...f].some((x) => QUOTES.test(x))) f = '';
    else if (DASHES.test(f)) f = '-';
    else if (/^\s+$/u.test(f)) f = out === '' || out.endsWith(' ') ? '' : ' ';
    for (let k = 0; k < f.length; k++) origin.push(at);
    out += f;
    at += c.length;
  }
  origin.push(at);
  return { text: out, origin };
}

/** A span that holds more closing quotation marks than opening ones takes in the opening one just before it, and the other way round. */
function balanced(text: string, start: number, end: number): [number, number] {
  const piece = [...text.slice(start, end)];
  const opens = piece.filter((c) => OPENING.includes(c)).length;
  const closes = piece.filter((c) => CLOSING.includes(c)).length;
  if (closes > opens && OPENING.includes(text[start - 1] ?? ' ')) return [start - 1, end];
  if (opens > closes && CLOSING.includes(text[end] ?? ' ')) return [start, end + 1];
  return [start, end];
}

/**
 * Where the English names of `entries` occur in `en`: leftmost-longest and not
 * overlapping, as positions in `en` itself (a name in quotation marks is
 * marked with them when it holds a closing one).
 */
function englishMatches(en: string, entries: readonly EnglishEntry[]): Match[] {
  const { text, origin } = normaliseWithOrigin(en);
  const found: { slug: string; start: number; end: number }[] = [];
  for (const e of entries) {
    for (const name of new Set([e.english, ...e.englishVariants])) {
      for (const [start, end] of phraseSpans(text, nameKey(name))) found.push({ slug: e.slug, start, end });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.slug.localeCompare(b.slug));
  const out: Match[] = [];
  let at = 0;
  for (const f of found) {
    if (f.start < at) continue;
    at = f.end;
    const last = origin[f.end - 1]!;
    const [start, end] = balanced(en, origin[f.start]!, last + ((en.codePointAt(last) ?? 0) > 0xffff ? 2 : 1));
    out.push({ slug: f.slug, form: en.slice(start, end), start, end });
  }
  return out;
}

/** A paragraph of the translation as its page prints it: the lead (in bold), a space, the text. */
export function englishParagraphText(p: Pick<TranslatedParagraph, 'lead' | 'text'>): string {
  return p.lead === undefined ? p.text : `${p.lead} ${p.text}`;
}

/** The terms of one English paragraph: the entries whose forms its Chinese holds, found in its English. */
function paragraphTerms(
  p: Pick<TranslatedParagraph, 'lead' | 'text' | 'zh'>,
  glossary: { match: Matcher; bySlug: ReadonlyMap<string, EnglishEntry> },
): Match[] {
  const zh = (p.zh.lead ?? '') + p.zh.text;
  const slugs = [...new Set(glossary.match(zh).map((m) => m.slug))];
  const entries = slugs.map((s) => glossary.bySlug.get(s)).filter((e): e is EnglishEntry => e !== undefined);
  return englishMatches(englishParagraphText(p), entries);
}

/** A piece of an English paragraph as the page renders it: plain text, or a term linked to its entry. */
export interface Piece {
  text: string;
  /** The entry's slug, where the piece is a term link. */
  slug?: string;
}

/** The pieces of a text between `from` and `to` of the paragraph, with the chosen terms in it. */
function pieces(full: string, from: number, to: number, links: readonly Match[]): Piece[] {
  const out: Piece[] = [];
  let at = from;
  for (const m of links.filter((l) => l.start >= from && l.end <= to).sort((a, b) => a.start - b.start)) {
    if (m.start > at) out.push({ text: full.slice(at, m.start) });
    out.push({ text: full.slice(m.start, m.end), slug: m.slug });
    at = m.end;
  }
  if (at < to) out.push({ text: full.slice(at, to) });
  return out;
}

export interface LinkedParagraph {
  n: number;
  /** The lead's pieces, where the paragraph has one. */
  lead?: Piece[];
  text: Piece[];
}

/**
 * A chapter's English paragraphs (in order) with their term links: the rules
 * of the report's pages (chooseTermLinks), on the English text.
 */
export function linkChapterTerms(
  paragraphs: readonly TranslatedParagraph[],
  glossary: { match: Matcher; bySlug: ReadonlyMap<string, EnglishEntry> },
  unmarked: ReadonlySet<string>,
): LinkedParagraph[] {
  const found = paragraphs.map((p) => paragraphTerms(p, glossary).map((m, order) => ({ m, order })));
  const fulls = paragraphs.map(englishParagraphText);
  const chosen = chooseTermLinks(
    found,
    fulls.map((f) => f.length),
    { unmarked },
  );
  return paragraphs.map((p, i) => {
    const full = fulls[i]!;
    const links = chosen[i]!.map((h) => h.m);
    const leadEnd = p.lead === undefined ? 0 : p.lead.length;
    return {
      n: p.n,
      ...(p.lead === undefined ? {} : { lead: pieces(full, 0, leadEnd, links) }),
      text: pieces(full, p.lead === undefined ? 0 : leadEnd + 1, full.length, links),
    };
  });
}

/** One use of a term in the English text: the same shape as a use in the report (the paragraph, the sentence, the term's place in it). */
export type EnglishOccurrence = Occurrence;

/** Where English sentences end: after . ! ? ; (and the quotation marks or brackets closing with them) and a space. */
const SENTENCE_END = /[.!?;][”’"')\]]*\s+/g;

/** The sentence of `text` that holds [start, end). */
function englishSentenceAround(text: string, start: number, end: number): { sentence: string; offset: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    const boundary = m.index + m[0].length;
    if (boundary <= start) from = boundary;
    else if (m.index + 1 >= end) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return { sentence: text.slice(from, to), offset: from };
}

/** Every use of every term in the translation, by slug, in reading order. */
export function englishOccurrences(
  paragraphs: readonly TranslatedParagraph[],
  glossary: { match: Matcher; bySlug: ReadonlyMap<string, EnglishEntry> },
): Map<string, EnglishOccurrence[]> {
  const bySlug = new Map<string, EnglishOccurrence[]>();
  for (const p of paragraphs) {
    const full = englishParagraphText(p);
    for (const m of paragraphTerms(p, glossary)) {
      const { sentence, offset } = englishSentenceAround(full, m.start, m.end);
      if (!bySlug.has(m.slug)) bySlug.set(m.slug, []);
      bySlug
        .get(m.slug)!
        .push({ n: p.n, chapter: p.chapter, form: m.form, sentence, start: m.start - offset, end: m.end - offset });
    }
  }
  return bySlug;
}

/**
 * How records and queries are cut into Pagefind words. Pagefind segments
 * Chinese differently when indexing (a dictionary segmenter) and in the browser
 * (Intl.Segmenter), so a phrase can be cut into words that the index never
 * saw, and then a page holding it is missed. We take segmentation away from
 * both sides: every Chinese character is a word of its own in the index, and
 * the query asks for each of its characters (and each Latin word or number).
 * Pagefind returns the records that have all of them (a word found nowhere in
 * the index is ignored, which only widens the answer), so every record holding
 * the query is among its results; the search page then keeps only those that
 * hold the phrase itself (src/search/match.ts).
 */
import { plainChar } from './match.ts';
import { HAN } from '../i18n/lang.ts';

const ZWSP = '\u200B';

/**
 * The text as given to the indexer: a zero-width space on each side of every
 * Chinese character. Pagefind cuts words there and drops the zero-width
 * spaces from the text it stores, so excerpts show the text unchanged.
 */
export function separateForIndex(text: string): string {
  let out = '';
  let prev = '';
  for (const c of text) {
    // Whitespace already separates words (and a zero-width space beside it makes Pagefind drop it).
    if (prev !== '' && (HAN.test(c) || HAN.test(prev)) && !/\s/u.test(c) && !/\s/u.test(prev)) out += ZWSP;
    out += c;
    prev = c;
  }
  return out;
}

/**
 * What Pagefind indexes of a record: each of its words once (a Chinese
 * character, or a run between spaces such as `RCEP）` or `5.5%`), in the order
 * they first occur. Pagefind only has to say which records hold all of the
 * query's words: where and how often they occur is the search page's business
 * (it checks and excerpts the record's own text), so a word's second and later
 * occurrences would only make the index larger (Pagefind stores every position
 * of every word).
 */
export function indexedWords(text: string): string {
  const words = separateForIndex(text)
    .split(/[\s\u200B]+/u)
    .filter((w) => w !== '');
  return [...new Set(words)].join(' ');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Inside a number or word (5.5, 1,000, Xuhui's) Pagefind keeps one word; the part after the mark is not a word start. */
const JOINER = /[.,'’:·]/;

/**
 * The Pagefind query for what the reader typed: each Chinese character, and
 * each run of letters and digits that starts a word (in half-width, lower
 * case, without accents), once. A record holding the query has every one of
 * them at the start of one of its words, so Pagefind's prefix matching finds
 * it. Leaving a run out only widens the results, never narrows them.
 */
export function pagefindQuery(query: string): string {
  const chars = [...query].map(plainChar);
  const words = new Set<string>();
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (HAN.test(c)) {
      words.add(c);
      continue;
    }
    if (!WORD_CHAR.test(c)) continue;
    let j = i;
    while (j + 1 < chars.length && WORD_CHAR.test(chars[j + 1]!) && !HAN.test(chars[j + 1]!)) j++;
    const continues = i >= 2 && JOINER.test(chars[i - 1]!) && WORD_CHAR.test(chars[i - 2]!.slice(-1));
    if (!continues) words.add(chars.slice(i, j + 1).join(''));
    i = j;
  }
  return [...words].join(' ');
}

import type { SourceLine } from './decode-seed.ts';
import { SourceError } from '../utils/source-error.ts';

/** The body as one string, each character remembering the seed line it came from. */
export interface BodyText {
  text: string;
  /** `lineOf[i]` is the seed line of `text[i]` (UTF-16 index). */
  lineOf: number[];
  /** The non-blank body lines, in order, for line-based rules (paragraph layout). */
  lines: SourceLine[];
  stats: { linesJoined: number; spacesRemoved: number; spacesKept: number };
}

const WORD = /[A-Za-z0-9]/;

/**
 * The extraction puts a space around punctuation, digits and Latin letters
 * ("增长 5%", "ITC 商办") and wherever the column was justified. Chinese text has
 * no word spaces, so every space goes, except one between two Latin letters or
 * digits, where it would separate words ("New York").
 */
export function removeExtractionSpaces(s: string): { text: string; kept: number; removed: number } {
  let out = '';
  let kept = 0;
  let removed = 0;
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c !== ' ' && c !== '\u3000' && c !== '\t') {
      out += c;
      continue;
    }
    const prev = out.at(-1) ?? '';
    let j = i;
    while (j < chars.length && /[ \u3000\t]/.test(chars[j]!)) j++;
    const next = chars[j] ?? '';
    if (WORD.test(prev) && WORD.test(next)) {
      out += ' ';
      kept++;
      removed += j - i - 1;
    } else removed += j - i;
    i = j - 1;
  }
  return { text: out, kept, removed };
}

/** A line of only a few Latin letters or digits inside running text is debris, not report text. */
const STRAY = /^[A-Za-z0-9]{1,3}$/;

/**
 * Joins the hard-wrapped lines (they break inside words, so nothing goes between
 * them) and removes the extraction's spaces.
 */
export function joinLines(lines: SourceLine[], seedFile: string): BodyText {
  const body = lines.filter((l) => l.text.trim() !== '');
  let text = '';
  const lineOf: number[] = [];
  let spacesRemoved = 0;
  let spacesKept = 0;
  for (const line of body) {
    if (STRAY.test(line.text.trim())) {
      throw new SourceError(
        { file: seedFile, line: line.n, anchor: line.text.trim() },
        'a line of only a few Latin letters or digits inside the body: page debris that no rule accounts for',
        'if it belongs to the displaced block, list it under `displaced.ornaments` in the structure file; otherwise restore the seed from ../shared/seeds/',
      );
    }
    const cleaned = removeExtractionSpaces(line.text.trim());
    spacesRemoved += cleaned.removed + (line.text.length - line.text.trim().length);
    spacesKept += cleaned.kept;
    text += cleaned.text;
    for (let i = 0; i < cleaned.text.length; i++) lineOf.push(line.n);
  }
  return { text, lineOf, lines: body, stats: { linesJoined: Math.max(0, body.length - 1), spacesRemoved, spacesKept } };
}

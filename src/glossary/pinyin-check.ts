/**
 * Pinyin against a second opinion (issue #15, point 4). The convention is
 * GB/T 16159-2012: 一 and 不 in their citation tone (no tone sandhi), proper and
 * place names capitalised per word. Each headword's pinyin is compared with
 * pinyin-pro's reading of the term; differences are warnings for a person to
 * confirm, not errors: pinyin-pro misreads some polyphones (长 in 河长制, 量 in
 * 拥有量, 为 in 以…为, 弄 in 一路一弄, 调 …). Once a person has confirmed the
 * entry's pinyin, it goes into content/pinyin-exceptions.yaml (slug, the pinyin
 * kept, why) and the warning is silent while the entry keeps that pinyin.
 *
 * The comparison ignores case, spaces, hyphens and apostrophes (how syllables
 * are joined into words is the writer's choice), reads Latin letters as written
 * (HUB, C, X) and accepts any reading for digits and symbols (15 → shíwǔ,
 * + → jiā), which pinyin-pro leaves unread.
 */
import { existsSync } from 'node:fs';
import { pinyin as pinyinPro } from 'pinyin-pro';
import { z } from 'zod';
import { parseYaml, validate } from '../utils/yaml-data.ts';
import { readTextFile } from '../utils/text-file.ts';
import { fromRoot } from '../utils/project.ts';
import { HAN } from '../i18n/lang.ts';

const PINYIN_EXCEPTIONS_FILE = 'content/pinyin-exceptions.yaml';

export interface PinyinDifference {
  slug: string;
  file: string;
  term: string;
  /** The entry's pinyin. */
  written: string;
  /** pinyin-pro's reading, syllable by syllable. */
  expected: string;
  /** Characters whose tone differs (same syllable, other tone), e.g. 长: zhǎng ≠ cháng. */
  tones: { char: string; written: string; expected: string }[];
}

export interface PinyinException {
  slug: string;
  pinyin: string;
  why: string;
}

const LATIN = /[A-Za-z]/;
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const VOWEL_CLASS: Record<string, string> = {
  a: 'aāáǎà',
  e: 'eēéěè',
  i: 'iīíǐì',
  o: 'oōóǒò',
  u: 'uūúǔù',
  ü: 'üǖǘǚǜ',
  v: 'üǖǘǚǜ',
};

/** Lower case, NFC, letters only (tone marks kept): how two pinyin strings are compared. */
function letters(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(new RegExp(`[^a-zü${TONED}]`, 'gu'), '');
}

/** A regex source matching `syllable` with any tone (or none) on its vowels. */
function anyTone(syllable: string): string {
  const plain = syllable
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0304\u030c]/g, '')
    .normalize('NFC');
  return [...plain].map((c) => (VOWEL_CLASS[c] ? `[${VOWEL_CLASS[c]}]` : c)).join('');
}

/**
 * Compares one headword's pinyin with pinyin-pro's reading. Returns undefined
 * when they agree; otherwise the difference (with the characters whose tone
 * differs, when the syllables are the same).
 */
export function comparePinyin(term: string, written: string): Omit<PinyinDifference, 'slug' | 'file'> | undefined {
  const readings = pinyinPro(term, { type: 'array', toneSandhi: false }) as string[];
  const chars = [...term];
  type Token = { kind: 'han'; char: string; syllable: string } | { kind: 'latin'; text: string } | { kind: 'other' };
  const tokens: Token[] = chars.map((char, i) => {
    if (HAN.test(char)) return { kind: 'han', char, syllable: readings[i] ?? '' };
    if (LATIN.test(char)) return { kind: 'latin', text: char.toLowerCase() };
    return { kind: 'other' };
  });
  const source = tokens
    .map((t) => (t.kind === 'han' ? `(${anyTone(t.syllable)})` : t.kind === 'latin' ? t.text : `[a-zü${TONED}]*?`))
    .join('');
  const have = letters(written);
  const shown = tokens
    .map((t) => (t.kind === 'han' ? t.syllable : t.kind === 'latin' ? t.text.toUpperCase() : ''))
    .filter(Boolean)
    .join(' ');
  const m = new RegExp(`^${source}$`, 'u').exec(have);
  if (!m) return { term, written, expected: shown, tones: [] };
  const han = tokens.filter((t): t is Extract<Token, { kind: 'han' }> => t.kind === 'han');
  const tones = han.flatMap((t, i) =>
    m[i + 1] === t.syllable ? [] : [{ char: t.char, written: m[i + 1]!, expected: t.syllable }],
  );
  if (tones.length === 0) return undefined;
  return { term, written, expected: shown, tones };
}

/** Every entry whose pinyin differs from pinyin-pro's and is not a confirmed exception with that same pinyin. */
export function pinyinDifferences(
  entries: readonly { slug: string; file: string; term: string; pinyin: string }[],
  exceptions: readonly PinyinException[] = [],
): PinyinDifference[] {
  const confirmed = new Map(exceptions.map((x) => [x.slug, x.pinyin]));
  return entries.flatMap((e) => {
    const diff = comparePinyin(e.term, e.pinyin);
    if (!diff || confirmed.get(e.slug) === e.pinyin) return [];
    return [{ slug: e.slug, file: e.file, ...diff }];
  });
}

/** Exceptions that no longer apply: no such entry, or the entry's pinyin has changed since it was confirmed. */
export function staleExceptions(
  entries: readonly { slug: string; pinyin: string }[],
  exceptions: readonly PinyinException[],
): PinyinException[] {
  const bySlug = new Map(entries.map((e) => [e.slug, e.pinyin]));
  return exceptions.filter((x) => bySlug.get(x.slug) !== x.pinyin);
}

const exceptionsSchema = z.array(
  z
    .object({
      slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'the slug of a glossary entry (its file name)'),
      pinyin: z.string().trim().min(1, 'the pinyin kept, exactly as in the entry'),
      why: z.string().trim().min(1, 'say why the entry is right and pinyin-pro is not'),
    })
    .strict(),
);

/** Reads the confirmed exceptions (an absent file means none). */
export function readPinyinExceptions(file = PINYIN_EXCEPTIONS_FILE): PinyinException[] {
  if (!existsSync(fromRoot(file))) return [];
  const text = readTextFile(file);
  return validate(
    exceptionsSchema,
    parseYaml(text, file),
    `each item: slug, pinyin (as in the entry), why; see the comments in ${file}`,
  );
}

/** One warning line per difference, for the build log and `npm run glossary:check`. */
export function formatPinyinWarnings(
  diffs: readonly PinyinDifference[],
  stale: readonly PinyinException[] = [],
): string[] {
  return [
    ...diffs.map((d) => {
      const detail =
        d.tones.length > 0
          ? d.tones.map((t) => `${t.char} ${t.written} ≠ ${t.expected}`).join(', ')
          : `pinyin-pro reads ${d.expected}`;
      return `${d.file}: pinyin "${d.written}" of ${d.term} differs from pinyin-pro (${detail}); confirm it and add it to ${PINYIN_EXCEPTIONS_FILE}, or correct it`;
    }),
    ...stale.map(
      (x) =>
        `${PINYIN_EXCEPTIONS_FILE}: the exception for ${x.slug} ("${x.pinyin}") no longer matches the entry; remove or update it`,
    ),
  ];
}

/** The warnings for a loaded glossary: differences not yet confirmed, and stale exceptions. */
export function pinyinWarnings(
  entries: readonly { slug: string; file: string; term: string; pinyin: string }[],
  file = PINYIN_EXCEPTIONS_FILE,
): string[] {
  const exceptions = readPinyinExceptions(file);
  return formatPinyinWarnings(pinyinDifferences(entries, exceptions), staleExceptions(entries, exceptions));
}

/**
 * One English name per term across the site (issue #15, point 3). The glossary's
 * `english` is the one source: wherever a Chinese text of the site holds a form
 * of an entry, its English counterpart must hold the entry's `english` or one of
 * its declared `englishVariants`; and no English text may hold a form that an
 * entry lists in `avoidEn`.
 *
 * The check is a pure function over (file, line, Chinese, English) pairs, so
 * that any bilingual text can use it: the zones, indicators and summaries today
 * (src/glossary/site-english.ts collects those pairs), the English translation
 * of the report tomorrow. Comparison ignores case, quotation marks, the kind of
 * dash and runs of white space; a leading article of a name ("the", "a") is
 * optional; a name may be followed by a plural "s" ("circles" holds "circle").
 */
import type { Matcher } from './matcher.ts';
import { SourceError } from '../utils/source-error.ts';

/** What the check needs of a glossary entry. */
export interface EnglishNames {
  slug: string;
  file: string;
  english: string;
  englishVariants: readonly string[];
  avoidEn: readonly string[];
}

/** A Chinese text and its English counterpart, and where they are written. */
export interface TextPair {
  file: string;
  /** 1-based line of the English text (where the fix goes). */
  line?: number | undefined;
  /** The field, e.g. `economy.en` or `zones[1].nameEn`, for the message. */
  field: string;
  zh: string;
  en: string;
}

export interface EnglishRefusal {
  file: string;
  line?: number | undefined;
  /** The glossary form or the refused English form the problem is about. */
  anchor: string;
  problem: string;
  fix: string;
}

/** Lower case, no quotation marks, one kind of dash, single spaces. */
export function normaliseEnglish(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/["'`´“”‘’„‟«»‹›「」『』]/g, '')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name as it is looked for: normalised, without a leading article. */
export function nameKey(name: string): string {
  return normaliseEnglish(name).replace(/^(the|a|an) /, '');
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Where `text` (normalised) holds the phrase `key` (normalised) as whole
 * words, as [start, end) spans; a plural "s" or "es" after the phrase belongs
 * to the span.
 */
export function phraseSpans(text: string, key: string): [number, number][] {
  const spans: [number, number][] = [];
  if (key === '') return spans;
  for (let i = text.indexOf(key); i !== -1; i = text.indexOf(key, i + 1)) {
    const before = text[i - 1];
    if (before !== undefined && WORD.test(before) && WORD.test(key[0]!)) continue;
    let end = i + key.length;
    if (text.startsWith('es', end) && !WORD.test(text[end + 2] ?? ' ')) end += 2;
    else if (text[end] === 's' && !WORD.test(text[end + 1] ?? ' ')) end += 1;
    const after = text[end];
    if (after !== undefined && WORD.test(after) && WORD.test(key.at(-1)!)) continue;
    spans.push([i, end]);
  }
  return spans;
}

/**
 * Whether `text` (normalised) holds the phrase `key` (normalised) as whole
 * words; a plural "s" or "es" may follow the phrase.
 */
export function holdsPhrase(text: string, key: string): boolean {
  return phraseSpans(text, key).length > 0;
}

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(' or ');

/**
 * Every refusal for the given pairs, in order: a glossary form in the Chinese
 * whose entry's English name the English does not use, and any `avoidEn` form
 * in the English. Forms are found with the glossary's matcher (leftmost-longest),
 * so 徐家汇源 counts as 徐家汇源, not as 徐家汇.
 */
export function englishRefusals(
  pairs: readonly TextPair[],
  glossary: { match: Matcher; bySlug: ReadonlyMap<string, EnglishNames> },
): EnglishRefusal[] {
  const refusals: EnglishRefusal[] = [];
  const avoided = [...glossary.bySlug.values()].flatMap((entry) =>
    entry.avoidEn.map((form) => ({ entry, form, key: nameKey(form) })),
  );
  for (const pair of pairs) {
    const en = normaliseEnglish(pair.en);
    const where = { file: pair.file, line: pair.line };
    const seen = new Set<string>();
    for (const m of glossary.match(pair.zh)) {
      if (seen.has(m.slug)) continue;
      seen.add(m.slug);
      const entry = glossary.bySlug.get(m.slug);
      if (!entry) continue;
      const names = [entry.english, ...entry.englishVariants];
      if (names.some((n) => holdsPhrase(en, nameKey(n)))) continue;
      refusals.push({
        ...where,
        anchor: m.form,
        problem: `${pair.field}: the Chinese names 「${m.form}」 (glossary entry ${entry.slug}), but the English does not use its English name`,
        fix: `write ${quoted(names)} in the English, or, if this rendering is right, declare it in \`englishVariants:\` of ${entry.file}`,
      });
    }
    for (const a of avoided) {
      if (!holdsPhrase(en, a.key)) continue;
      refusals.push({
        ...where,
        anchor: a.form,
        problem: `${pair.field}: the English uses "${a.form}", a rendering that ${a.entry.file} refuses (avoidEn)`,
        fix: `write "${a.entry.english}" (the glossary's English name) instead`,
      });
    }
  }
  return refusals;
}

/** Throws the first refusal as a SourceError (file, line, fix), as every data check of the build does. */
export function checkEnglishNames(
  pairs: readonly TextPair[],
  glossary: { match: Matcher; bySlug: ReadonlyMap<string, EnglishNames> },
): void {
  const [first] = englishRefusals(pairs, glossary);
  if (first)
    throw new SourceError({ file: first.file, line: first.line, anchor: first.anchor }, first.problem, first.fix);
}

/**
 * The glossary's own English lines as pairs: each entry's term with its
 * `english` and with each variant, so that no entry's name or variant uses a
 * form another entry refuses, and a term that holds another entry's form
 * renders that form too. `lineOf` gives the line of a field of an entry.
 */
export function glossaryEnglishPairs(
  entries: readonly (EnglishNames & { term: string; glossEn: string; explanationEn?: string })[],
  lineOf: (e: EnglishNames, path: (string | number)[]) => number | undefined,
): TextPair[] {
  return entries.flatMap((e) => [
    { file: e.file, line: lineOf(e, ['english']), field: 'english', zh: e.term, en: e.english },
    ...e.englishVariants.map((v, i) => ({
      file: e.file,
      line: lineOf(e, ['englishVariants', i]),
      field: `englishVariants[${i}]`,
      zh: '',
      en: v,
    })),
    // The English gloss and explanation are free text: they need not name every term, but may not use a refused form.
    { file: e.file, line: lineOf(e, ['glossEn']), field: 'glossEn', zh: '', en: e.glossEn },
    ...(e.explanationEn === undefined
      ? []
      : [{ file: e.file, line: lineOf(e, ['explanationEn']), field: 'explanationEn', zh: '', en: e.explanationEn }]),
  ]);
}

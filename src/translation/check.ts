/**
 * The build's faithfulness checks of the English translation against the
 * report (issue #17), each a pure function that returns refusals with the
 * file, the line and the fix:
 *
 * - parity: one entry per paragraph, none missing, none extra, in order; a
 *   lead exactly where the Chinese has one;
 * - numbers: the English prints the numbers the Chinese prints, no more and no
 *   fewer (src/translation/numbers.ts holds the conversions);
 * - terms: every glossary term is rendered by its entry's English name or a
 *   declared variant, and no refused rendering is used
 *   (src/glossary/english-names.ts);
 * - qualifiers: each qualifier has a counterpart from one table
 *   (src/translation/qualifiers.ts).
 *
 * The lead and the rest of a paragraph are checked as two pairs: the English
 * lead renders the Chinese lead, the English text the Chinese text after it.
 */
import type { Matcher } from '../glossary/matcher.ts';
import {
  englishRefusals,
  nameKey,
  normaliseEnglish,
  phraseSpans,
  type EnglishNames,
} from '../glossary/english-names.ts';
import type { Paragraph } from '../ingest/schema.ts';

/** What the checks need of a paragraph of the report. */
export type ReportParagraph = Pick<Paragraph, 'n' | 'chapter' | 'text' | 'lead'>;
import type { DataPath } from '../utils/yaml-data.ts';
import { blank, chineseNumbers, compareNumbers, englishNumbers, formatValue, sameValue } from './numbers.ts';
import { unmatchedQualifiers } from './qualifiers.ts';
import type { TranslatedParagraphData } from './schema.ts';

export interface Refusal {
  file: string;
  line?: number | undefined;
  /** The text the problem is about (a Chinese form, a number as written). */
  anchor?: string | undefined;
  problem: string;
  fix: string;
}

export interface GlossaryNames {
  match: Matcher;
  bySlug: ReadonlyMap<string, EnglishNames>;
}

/** Where the translation is written: its file and the line of any field. */
export interface TranslationSource {
  file: string;
  lineOf(path: DataPath): number | undefined;
}

const README = 'content/translation/README.md';

/** The Chinese paragraph split as the translation renders it: the lead, and the text after it. */
export function chineseParts(p: Pick<Paragraph, 'text' | 'lead'>): { lead?: string; text: string } {
  if (p.lead === undefined || !p.text.startsWith(p.lead)) return { text: p.text };
  return { lead: p.lead, text: p.text.slice(p.lead.length) };
}

/**
 * One entry per paragraph of the report, in order, and a lead exactly where
 * the Chinese has one.
 */
function parityRefusals(
  entries: readonly TranslatedParagraphData[],
  paragraphs: readonly ReportParagraph[],
  source: TranslationSource,
): Refusal[] {
  const refusals: Refusal[] = [];
  const at = (i: number, field?: string) => ({
    file: source.file,
    line: source.lineOf(field === undefined ? [i] : [i, field]),
  });
  const known = new Set(paragraphs.map((p) => p.n));
  const written = new Set(entries.map((e) => e.n));
  const seen = new Set<number>();
  entries.forEach((e, i) => {
    if (!known.has(e.n)) {
      refusals.push({
        ...at(i, 'n'),
        anchor: `n: ${e.n}`,
        problem: `the report has no paragraph ${e.n} (it has ${paragraphs.length}, numbered 1–${paragraphs.length})`,
        fix: 'remove this entry, or give it the number of the paragraph it translates',
      });
    } else if (seen.has(e.n)) {
      refusals.push({
        ...at(i, 'n'),
        anchor: `n: ${e.n}`,
        problem: `paragraph ${e.n} is translated twice`,
        fix: 'keep one entry per paragraph: merge the two and remove the other',
      });
    }
    seen.add(e.n);
  });
  for (const p of paragraphs) {
    if (written.has(p.n)) continue;
    const after = entries.findIndex((e) => e.n > p.n);
    const line = after === -1 ? undefined : at(after).line;
    refusals.push({
      file: source.file,
      line,
      anchor: `n: ${p.n}`,
      problem: `paragraph ${p.n} has no translation`,
      fix: `add an entry \`n: ${p.n}\` ${after === -1 ? 'at the end' : 'before this one'}, translating content/report/paragraphs.json paragraph ${p.n}`,
    });
  }
  // Order: each entry's number above the one before it.
  entries.forEach((e, i) => {
    const before = entries[i - 1];
    if (before && known.has(e.n) && e.n < before.n) {
      refusals.push({
        ...at(i, 'n'),
        anchor: `n: ${e.n}`,
        problem: `paragraph ${e.n} comes after paragraph ${before.n}: the entries are out of order`,
        fix: "put the entries in the report's order, paragraph 1 first",
      });
    }
  });
  const byN = new Map(paragraphs.map((p) => [p.n, p]));
  entries.forEach((e, i) => {
    const p = byN.get(e.n);
    if (!p) return;
    const zh = chineseParts(p);
    if (zh.lead !== undefined && e.lead === undefined) {
      refusals.push({
        ...at(i),
        anchor: zh.lead,
        problem: `paragraph ${e.n} opens with a bold run-in head, which the English has no \`lead:\` for`,
        fix: `add \`lead:\` with the English of 「${zh.lead}」, and leave it out of \`text:\``,
      });
    }
    if (zh.lead === undefined && e.lead !== undefined) {
      refusals.push({
        ...at(i, 'lead'),
        anchor: e.lead.slice(0, 40),
        problem: `paragraph ${e.n} has no bold run-in head in the Chinese, but the English has a \`lead:\``,
        fix: "move the lead's words into `text:` and remove `lead:`",
      });
    }
  });
  return refusals;
}

/** Spans of `en` (normalised) that are a name of one of the given entries. */
function nameSpans(en: string, entries: readonly EnglishNames[]): [number, number][] {
  return entries.flatMap((e) => [e.english, ...e.englishVariants].flatMap((name) => phraseSpans(en, nameKey(name))));
}

/**
 * The numbers of one pair. Glossary terms are left out on both sides (the
 * Chinese form and, in the English, the names of the entries the Chinese
 * names): their numbers are part of a name (两个大局 "two overall
 * situations", “十四五”规划 "the 14th Five-Year Plan"), which the term check
 * holds to the glossary. An Arabic number in a form (120急救分站) must still be
 * carried by the English name the paragraph uses.
 */
function numberRefusals(
  zh: string,
  en: string,
  glossary: GlossaryNames,
  where: { file: string; line?: number | undefined; field: string },
): Refusal[] {
  const refusals: Refusal[] = [];
  const matches = glossary.match(zh);
  const entries = [...new Set(matches.map((m) => m.slug))]
    .map((s) => glossary.bySlug.get(s))
    .filter((e): e is EnglishNames => e !== undefined);
  const zhNumbers = chineseNumbers(
    blank(
      zh,
      matches.map((m) => [m.start, m.end] as const),
    ),
  );
  const norm = normaliseEnglish(en);
  const enNumbers = englishNumbers(blank(norm, nameSpans(norm, entries), ' '));
  const { missing, extra } = compareNumbers(zhNumbers, enNumbers);
  for (const m of missing) {
    refusals.push({
      file: where.file,
      line: where.line,
      anchor: m.written,
      problem: `${where.field}: the Chinese prints 「${m.written}」 (${formatValue(m.value)}), which the English does not`,
      fix: `write ${formatValue(m.value)} in the English (in digits, in words or with a scale word such as "million"; conversions in ${README}, "Numbers")`,
    });
  }
  for (const x of extra) {
    refusals.push({
      file: where.file,
      line: where.line,
      anchor: x.written,
      problem: `${where.field}: the English has "${x.written}" (${formatValue(x.value)}), a number the Chinese does not print`,
      fix: `drop it or write what the Chinese says; if the Chinese does print it in a way the table does not read, add that way to src/translation/numbers.ts and to ${README}`,
    });
  }
  // An Arabic number inside a glossary form: some English name in the text must carry it.
  for (const m of matches) {
    const wanted = chineseNumbers(m.form).filter((x) => /[0-9]/.test(x.written));
    if (wanted.length === 0) continue;
    const entry = glossary.bySlug.get(m.slug);
    if (!entry) continue;
    const used = [entry.english, ...entry.englishVariants].filter(
      (name) => phraseSpans(norm, nameKey(name)).length > 0,
    );
    const carries = (name: string) => {
      const values = englishNumbers(normaliseEnglish(name)).map((x) => x.value);
      return wanted.every((w) => values.some((v) => sameValue(v, w.value)));
    };
    if (used.some(carries)) continue;
    refusals.push({
      file: where.file,
      line: where.line,
      anchor: m.form,
      problem: `${where.field}: the glossary form 「${m.form}」 prints ${wanted.map((w) => formatValue(w.value)).join(', ')}, but no English name of ${entry.slug} in the English carries ${wanted.length === 1 ? 'it' : 'them'}`,
      fix: `use a name of the entry that carries the number, or declare one in \`englishVariants:\` of ${entry.file}`,
    });
  }
  return refusals;
}

/** Each qualifier of the Chinese has a counterpart of its own in the English. */
function qualifierRefusals(
  zh: string,
  en: string,
  where: { file: string; line?: number | undefined; field: string },
): Refusal[] {
  return unmatchedQualifiers(zh, en).map((u) => ({
    file: where.file,
    line: where.line,
    anchor: u.qualifier.zh,
    problem: `${where.field}: the Chinese qualifies with 「${u.qualifier.zh}」 (…${zh.slice(Math.max(0, u.at - 8), u.at + u.qualifier.zh.length + 6)}…), which has no counterpart in the English`,
    fix: `render it with ${u.qualifier.en.map((e) => `"${e}"`).join(', ')} (the qualifier table in ${README})`,
  }));
}

/**
 * Every refusal of the translation, in order: parity first, then, paragraph by
 * paragraph, terms, numbers and qualifiers of the lead and of the text.
 */
export function translationRefusals(
  entries: readonly TranslatedParagraphData[],
  paragraphs: readonly ReportParagraph[],
  glossary: GlossaryNames,
  source: TranslationSource,
): Refusal[] {
  const refusals = parityRefusals(entries, paragraphs, source);
  const byN = new Map(paragraphs.map((p) => [p.n, p]));
  entries.forEach((e, i) => {
    const p = byN.get(e.n);
    if (!p) return;
    const zh = chineseParts(p);
    const parts: { field: 'lead' | 'text'; zh: string; en: string }[] = [];
    if (zh.lead !== undefined && e.lead !== undefined) parts.push({ field: 'lead', zh: zh.lead, en: e.lead });
    // Without an English lead, the English text renders the whole Chinese paragraph (the parity refusal says so).
    parts.push({ field: 'text', zh: e.lead === undefined ? p.text : zh.text, en: e.text });
    for (const part of parts) {
      const where = { file: source.file, line: source.lineOf([i, part.field]), field: `p${e.n}.${part.field}` };
      refusals.push(...englishRefusals([{ ...where, zh: part.zh, en: part.en }], glossary));
      refusals.push(...numberRefusals(part.zh, part.en, glossary, where));
      refusals.push(...qualifierRefusals(part.zh, part.en, where));
    }
  });
  return refusals;
}

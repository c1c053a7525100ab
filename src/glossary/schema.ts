/**
 * One glossary entry, as written by hand in content/glossary/<slug>.yaml. The
 * field guide is content/glossary/README.md. Checks that need the report text or
 * the other entries (forms occur, forms unique, related entries exist, quotes
 * found) live in load.ts.
 */
import { z } from 'zod';
import { CATEGORY_KEYS } from './categories.ts';
import { explanationParagraphs } from './explanation.ts';
import { form, httpUrl, slug, sourceSchema, text } from '../checks/parts.ts';

/** Tone-marked pinyin: at least one tone mark, no tone numbers ("liang3"). */
const pinyin = text
  .refine(
    (s) => /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/.test(s),
    'pinyin needs tone marks (e.g. "wǔ xíng jīngjì"), not plain letters',
  )
  .refine((s) => !/[a-zü][1-5](?![0-9])/i.test(s), 'write tones as marks (ǎ), not numbers (a3)');

const { url, title, ...sourceRest } = sourceSchema.shape;
/** A cited source (src/checks/parts.ts), which an entry may give a descriptive title. */
const source = z
  .object({
    url,
    title,
    /** True when the page's own title could not be read and `title` describes it; the site says so. */
    descriptiveTitle: z.boolean().default(false),
    ...sourceRest,
  })
  .strict();

/** Kinds of correction a fact-check can make; content/glossary/README.md counts them. */
export const CORRECTION_KINDS = [
  'wrong-fact',
  'unsupported',
  'guessed',
  'english',
  'pinyin',
  'source',
  'minor',
] as const;

/**
 * The record of the entry's last fact-check: when, how, how many statements,
 * what was corrected, and for each cited source whether it supports the entry.
 * Who checked is not recorded (the method and the sources are what a reader can
 * repeat). load.ts ties `sources` to the entry's own sources.
 */
const review = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD'),
    /** statements: every factual statement read against its cited source or the report's words. */
    method: z.enum(['statements'], {
      error:
        "the only method is `statements` (every factual statement checked against its cited source or the report's words)",
    }),
    statements: z.number().int().min(1, 'count the statements checked (at least the pinyin and the English line)'),
    corrections: z
      .array(
        z
          .object({
            kind: z.enum(CORRECTION_KINDS, { error: `must be one of: ${CORRECTION_KINDS.join(', ')}` }),
            note: text,
          })
          .strict(),
      )
      .default([]),
    /** One line per cited source: `supports` (every statement resting on it) or `partly` (the rest rests on another source or the report). */
    sources: z
      .array(
        z
          .object({
            url: httpUrl,
            verdict: z.enum(['supports', 'partly'], {
              error:
                'a source that does not support the entry is not cited: use supports or partly, or drop the source',
            }),
            note: text.optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** The entry's fields; `entrySchema` adds the rules that tie fields together. */
export const entryFields = z
  .object({
    term: text,
    /** Every exact string in which the term appears in the report (after the ingest's cleanup). */
    forms: z.array(form).default([]),
    pinyin,
    /** The English name as used in running text, site-wide (zones, indicators, summaries use it or a variant). */
    english: text,
    /** Declared alternatives to `english` that other site text may use (abbreviations, short forms). */
    englishVariants: z.array(text).default([]),
    /** Wrong or superseded renderings that no English text of the site may use (src/glossary/english-names.ts). */
    avoidEn: z.array(text).default([]),
    /** `official`: an established official rendering (give `englishSource`); `descriptive`: the site's own. */
    englishStatus: z.enum(['official', 'descriptive']),
    englishSource: httpUrl.optional(),
    category: z.enum(CATEGORY_KEYS, { error: `must be one of: ${CATEGORY_KEYS.join(', ')}` }),
    /** One plain sentence for previews, in Chinese, and its English. */
    gloss: text,
    glossEn: text,
    /** The explanation, in plain Chinese; blank lines separate paragraphs. */
    explanation: text,
    /**
     * The explanation in English, translated from `explanation` paragraph by
     * paragraph, nothing added (the English entry pages). Same sources.
     */
    explanationEn: text,
    /** Where the report itself defines or lists the term's parts: an exact quote from one paragraph. */
    reportDefines: z
      .object({ kind: z.enum(['defines', 'enumerates']), quote: text })
      .strict()
      .optional(),
    /** Sources of standing. May be empty only when `basis: report` (the entry says only what the report says). */
    sources: z.array(source).default([]),
    basis: z.enum(['sources', 'report']).default('sources'),
    related: z.array(slug).default([]),
    /** Background the report does not use literally: its forms need not occur. */
    background: z.boolean().default(false),
    /** The last fact-check (content/glossary/README.md, "Review"): every entry has one. */
    review,
  })
  .strict();

export const entrySchema = entryFields
  .refine((e) => e.englishStatus !== 'official' || e.englishSource !== undefined, {
    message: 'an official English rendering needs `englishSource:` (where it is established)',
    path: ['englishSource'],
  })
  .refine((e) => e.sources.length > 0 || e.basis === 'report', {
    message: 'cite at least one source of standing, or set `basis: report` and say only what the report says',
    path: ['sources'],
  })
  .refine(
    (e) =>
      e.sources.every((s) => e.review.sources.some((r) => r.url === s.url)) &&
      e.review.sources.every((r) => e.sources.some((s) => s.url === r.url)),
    {
      message: 'the review names each cited source once, by its url, and no other',
      path: ['review', 'sources'],
    },
  )
  .refine((e) => explanationParagraphs(e.explanationEn, 'en').length === explanationParagraphs(e.explanation).length, {
    message:
      'the English explanation has a different number of paragraphs from the Chinese one: translate it paragraph by paragraph',
    path: ['explanationEn'],
  })
  .refine((e) => e.background || e.forms.length > 0, {
    message: 'list the forms in which the report prints the term (or mark the entry `background: true`)',
    path: ['forms'],
  });

export type EntryData = z.infer<typeof entrySchema>;

/** An entry with its slug (the file name) and where it was written. */
export interface Entry extends EntryData {
  slug: string;
  file: string;
}

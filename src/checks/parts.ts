/**
 * The pieces every schema of hand-written data is built from (the structure
 * file, glossary entries, zones, indicators, summaries), so that a rule is
 * written once and every refusal of it says the same thing.
 */
import { z } from 'zod';

/** Text that must say something: trimmed, not empty. */
export const text = z.string().trim().min(1, 'must not be empty');

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const A_SLUG = 'an ASCII slug (lower-case letters and digits, single hyphens between words)';

/** Ids, file names and URL parts: `wu-xing-jing-ji`, `five-year-goals`. */
export const slug = z.string().regex(SLUG, `must be ${A_SLUG}`);
export const isSlug = (s: string): boolean => SLUG.test(s);
/** The problem when a name that must be a slug is not one (`the file name ${NOT_A_SLUG}`). */
export const NOT_A_SLUG = `is not ${A_SLUG}`;

export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) address' });

/** A date as precise as the source gives it. */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD');

/** The kinds of source of standing a fact may cite, with the label a page shows. */
export const SOURCE_KINDS = {
  government: '政府',
  party: '党的机构',
  'state-media': '官方媒体',
  media: '媒体',
  encyclopedia: '百科',
  academic: '学术',
  'official-site': '官方网站',
} as const;
type SourceKind = keyof typeof SOURCE_KINDS;
const SOURCE_KIND_KEYS = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** A cited source: where, what, who published it, when, and what kind of publisher. */
export const sourceSchema = z
  .object({
    url: httpUrl,
    title: text,
    publisher: text,
    /** ISO date, year-month or year, when the source gives one. */
    date: partialDate.optional(),
    kind: z.enum(SOURCE_KIND_KEYS, {
      error: `say what kind of source this is: ${SOURCE_KIND_KEYS.slice(0, -1).join(', ')} or ${SOURCE_KIND_KEYS.at(-1)}`,
    }),
  })
  .strict();

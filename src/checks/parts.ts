/**
 * The pieces every schema of hand-written data is built from (the structure
 * file, glossary entries, zones, indicators, summaries), so that a rule is
 * written once and every refusal of it says the same thing.
 */
import { z } from 'zod';

/** Text that must say something: trimmed, not empty. */
export const text = z.string().trim().min(1, 'must not be empty');

/**
 * A form in which the report names a term or a zone: every place the report
 * prints it becomes a link, so it must be a word, not punctuation or a single
 * character (「。」 would link every paragraph's first full stop).
 */
export const form = text
  .refine(
    (s) => /[\p{L}\p{N}]/u.test(s),
    'a form needs a letter, a digit or a Chinese character (punctuation alone would link every place it occurs)',
  )
  .refine(
    (s) => [...s].length >= 2,
    'a form is at least two characters long (one character would link every place it occurs)',
  );

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const A_SLUG = 'an ASCII slug (lower-case letters and digits, single hyphens between words)';

/** Ids, file names and URL parts: `wu-xing-jing-ji`, `five-year-goals`. */
export const slug = z.string().regex(SLUG, `must be ${A_SLUG}`);
export const isSlug = (s: string): boolean => SLUG.test(s);
/** The problem when a name that must be a slug is not one (`the file name ${NOT_A_SLUG}`). */
export const NOT_A_SLUG = `is not ${A_SLUG}`;

/** A DNS host name with a top-level domain, as the URL parser gives it (lower case, punycode). */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Why `address` is not a web address a page may link to, or undefined: only
 * `http://` or `https://` followed by a real host name (no `javascript:`,
 * `data:`, `vbscript:`, no host-less or relative address, no user name or
 * password, no spaces or backslashes, which browsers read in surprising ways).
 * Every address that comes from data goes through this one rule (the schemas'
 * `httpUrl`, src/glossary/source-policy.ts).
 */
export function webAddressProblem(address: string): string | undefined {
  const A = 'must be an http(s) address (https://host/…)';
  if (!/^https?:\/\/[^/]/i.test(address)) return A;
  if (/[\s\\]/.test(address)) return `${A}: without spaces or backslashes`;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return `${A}: this one cannot be read`;
  }
  if (url.username || url.password) return `${A}: without a user name or password`;
  if (url.hostname.endsWith('.')) return 'the host name ends with a dot: copy the address without it';
  if (!HOST_NAME.test(url.hostname)) return `${A}: ${JSON.stringify(url.hostname)} is not a host name`;
  return undefined;
}

export const httpUrl = z.string().superRefine((address, ctx) => {
  const problem = webAddressProblem(address);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

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
/** The same kinds, as the English edition names them. */
export const SOURCE_KINDS_EN: Record<keyof typeof SOURCE_KINDS, string> = {
  government: 'government',
  party: 'Party body',
  'state-media': 'state media',
  media: 'media',
  encyclopedia: 'encyclopedia',
  academic: 'academic',
  'official-site': 'official website',
};
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

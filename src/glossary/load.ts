import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { entrySchema, type Entry } from './schema.ts';
import { createMatcher, type Form, type Matcher } from './matcher.ts';
import { findOccurrences, type Occurrence } from './occurrences.ts';
import { refusedSource } from './source-policy.ts';
import { checkEnglishNames, glossaryEnglishPairs } from './english-names.ts';
import { sitePairs } from './site-english.ts';
import { parseYaml, validate } from '../utils/yaml-data.ts';
import { SourceError } from '../utils/source-error.ts';
import { isSlug, NOT_A_SLUG } from '../checks/parts.ts';
import { checkFormsUsed, paragraphHolding } from '../checks/report-text.ts';
import { readReport } from '../ingest/report-files.ts';
import { fromRoot } from '../utils/project.ts';
import { readTextFile } from '../utils/text-file.ts';
import { forget, once } from '../utils/once.ts';
import type { ParagraphText } from '../ingest/schema.ts';

export const GLOSSARY_DIR = 'content/glossary';

export interface Glossary {
  entries: Entry[];
  bySlug: Map<string, Entry>;
  match: Matcher;
  occurrences: Map<string, Occurrence[]>;
  /** For each entry with `reportDefines`, the paragraph holding the quote. */
  definedIn: Map<string, number>;
}

export interface EntryFile {
  /** Path relative to the project root, e.g. content/glossary/wu-xing-jing-ji.yaml */
  file: string;
  text: string;
}

const FIX = 'correct that field; content/glossary/README.md describes every field';

interface BuildOptions {
  /** Slugs that may be named in `related:` although no file here has them (entries drafted elsewhere). */
  pendingSlugs?: ReadonlySet<string>;
}

/**
 * Parses, validates and cross-checks every glossary entry against the report's
 * paragraphs. Any problem stops the build with the entry's file and line.
 */
export function buildGlossary(files: EntryFile[], paragraphs: ParagraphText[], options: BuildOptions = {}): Glossary {
  const entries: Entry[] = [];
  const lineOf = new Map<string, (path: (string | number)[]) => number | undefined>();
  for (const { file, text } of files) {
    const slug = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
    if (!isSlug(slug)) {
      throw new SourceError(
        { file },
        `the file name ${NOT_A_SLUG}`,
        "name the file after the term's pinyin, lower case with hyphens, e.g. wu-xing-jing-ji.yaml",
      );
    }
    const source = parseYaml(text, file);
    entries.push({ ...validate(entrySchema, source, FIX), slug, file });
    lineOf.set(slug, source.lineOf);
  }
  const at = (e: Entry, path: (string | number)[]) => ({ file: e.file, line: lineOf.get(e.slug)!(path) });
  const bySlug = new Map(entries.map((e) => [e.slug, e]));

  // Sources of standing only.
  for (const e of entries) {
    e.sources.forEach((s, i) => {
      const why = refusedSource(s.url);
      if (why)
        throw new SourceError(
          { ...at(e, ['sources', i, 'url']), anchor: s.url },
          `not a source of standing: ${why}`,
          'cite the original publisher (a government, Party, state-media, established-media, encyclopedia or academic page), or drop the fact',
        );
    });
    if (e.englishSource) {
      const why = refusedSource(e.englishSource);
      if (why)
        throw new SourceError(
          { ...at(e, ['englishSource']), anchor: e.englishSource },
          `not a source of standing: ${why}`,
          'cite where the official rendering is published',
        );
    }
  }

  // One form, one entry.
  const owner = new Map<string, Entry>();
  for (const e of entries) {
    e.forms.forEach((form, i) => {
      const prior = owner.get(form);
      if (prior && prior !== e) {
        throw new SourceError(
          { ...at(e, ['forms', i]), anchor: form },
          `this form is already claimed by ${prior.file}`,
          'a form links to one entry: keep it in one of the two and relate the entries with `related:`',
        );
      }
      owner.set(form, e);
    });
  }

  // Related entries exist (and are not the entry itself).
  for (const e of entries) {
    e.related.forEach((slug, i) => {
      if (options.pendingSlugs?.has(slug) && slug !== e.slug) return;
      if (!bySlug.has(slug) || slug === e.slug) {
        throw new SourceError(
          { ...at(e, ['related', i]), anchor: slug },
          slug === e.slug ? 'an entry cannot be related to itself' : 'no glossary entry has this slug',
          `use the file name (without .yaml) of an existing entry in ${GLOSSARY_DIR}/`,
        );
      }
    });
  }

  const forms: Form[] = entries.flatMap((e) => e.forms.map((form) => ({ form, slug: e.slug })));
  const match = createMatcher(forms);
  const occurrences = findOccurrences(paragraphs, match);

  // One English name per term: no name or variant uses a refused form (english-names.ts).
  checkEnglishNames(
    glossaryEnglishPairs(entries, (e, path) => lineOf.get(e.slug)!(path)),
    { match, bySlug },
  );

  // Every form is used by the report (as the matcher sees it: not always inside a longer form).
  for (const e of entries) {
    if (e.background) continue;
    const used = new Set((occurrences.get(e.slug) ?? []).map((o) => o.form));
    checkFormsUsed(e.forms, used, paragraphs, (i) => at(e, ['forms', i]), {
      owner: 'entry',
      orElse: 'mark the entry `background: true`',
    });
  }

  // A quote the entry says defines the term is in exactly one paragraph.
  const definedIn = new Map<string, number>();
  for (const e of entries) {
    if (!e.reportDefines) continue;
    definedIn.set(e.slug, paragraphHolding(paragraphs, e.reportDefines.quote, at(e, ['reportDefines', 'quote'])).n);
  }

  return { entries, bySlug, match, occurrences, definedIn };
}

/**
 * Reads the entries in `dir` (relative to the project root, or absolute) and
 * the ingested paragraphs from disk, and checks them.
 */
export function readGlossary(dir = GLOSSARY_DIR, options: BuildOptions = {}): Glossary {
  const files = readdirSync(fromRoot(dir))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: join(dir, f), text: readTextFile(join(dir, f)) }));
  const glossary = buildGlossary(files, readReport().paragraphs, options);
  // The site's zones, indicators and summaries use the glossary's English names (english-names.ts).
  if (dir === GLOSSARY_DIR) checkEnglishNames(sitePairs(), glossary);
  return glossary;
}

/**
 * The site's glossary (content/glossary/), read and checked once per build
 * however many parts of it ask (src/utils/once.ts): astro.config.mjs, the
 * content collection, the zones' check.
 */
export function loadGlossary(): Glossary {
  return once('glossary', () => readGlossary());
}

/** After an entry changed (`astro dev`): the next loadGlossary() reads the files again. */
export function forgetGlossary(): void {
  forget('glossary');
}

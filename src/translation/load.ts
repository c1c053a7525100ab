/**
 * The English translation (content/translation/en.yaml), read and checked
 * against the report and the glossary: any refusal stops the build with the
 * file, the line and the fix (src/translation/check.ts). Read once per build
 * however many parts of it ask (src/utils/once.ts), like the glossary.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseYaml, validate } from '../utils/yaml-data.ts';
import { SourceError } from '../utils/source-error.ts';
import { fromRoot } from '../utils/project.ts';
import { once } from '../utils/once.ts';
import { readReport } from '../ingest/report-files.ts';
import { loadGlossary } from '../glossary/load.ts';
import { translationFileSchema } from './schema.ts';
import { chineseParts, translationRefusals, type GlossaryNames, type Refusal, type ReportParagraph } from './check.ts';

export const TRANSLATION_FILE = 'content/translation/en.yaml';

/** One paragraph of the report in English, with what the pages need of its Chinese. */
export interface TranslatedParagraph {
  n: number;
  chapter: string;
  /** The English of the bold run-in head, where the Chinese has one. */
  lead?: string;
  /** The English of the rest of the paragraph. */
  text: string;
  /** The Chinese, as the site prints it: lead and the text after it. */
  zh: { lead?: string; text: string };
}

export interface Translation {
  file: string;
  paragraphs: TranslatedParagraph[];
  byN: Map<number, TranslatedParagraph>;
}

const FIX = 'correct that field; content/translation/README.md describes the file';

/** Parses and checks the translation's text; every refusal, or the typed translation. */
export function checkTranslation(
  text: string,
  file: string,
  paragraphs: readonly ReportParagraph[],
  glossary: GlossaryNames,
): { refusals: Refusal[]; translation?: Translation } {
  const source = parseYaml(text, file);
  const entries = validate(translationFileSchema, source, FIX);
  const refusals = translationRefusals(entries, paragraphs, glossary, { file, lineOf: source.lineOf });
  if (refusals.length > 0) return { refusals };
  const byChinese = new Map(paragraphs.map((p) => [p.n, p]));
  const translated = entries.map((e) => {
    const p = byChinese.get(e.n)!;
    return {
      n: e.n,
      chapter: p.chapter,
      ...(e.lead === undefined ? {} : { lead: e.lead }),
      text: e.text,
      zh: chineseParts(p),
    };
  });
  return { refusals, translation: { file, paragraphs: translated, byN: new Map(translated.map((t) => [t.n, t])) } };
}

/** The translation, checked; the first refusal is thrown as a SourceError, as every data check of the build does. */
export function buildTranslation(
  text: string,
  file: string,
  paragraphs: readonly ReportParagraph[],
  glossary: GlossaryNames,
): Translation {
  const { refusals, translation } = checkTranslation(text, file, paragraphs, glossary);
  const [first] = refusals;
  if (first) {
    const more =
      refusals.length > 1 ? ` (and ${refusals.length - 1} more: \`npm run translation:check\` lists them all)` : '';
    throw new SourceError(
      { file: first.file, line: first.line, anchor: first.anchor },
      first.problem + more,
      first.fix,
    );
  }
  return translation!;
}

/** Reads `file` (relative to the project root) and checks it against the ingested report and the site's glossary. */
export function readTranslation(file = TRANSLATION_FILE): Translation {
  if (!existsSync(fromRoot(file)))
    throw new SourceError(
      { file },
      'the translation file is missing',
      'restore content/translation/en.yaml from version control',
    );
  return buildTranslation(readFileSync(fromRoot(file), 'utf8'), file, readReport().paragraphs, loadGlossary());
}

/** The site's translation, read and checked once per build (astro.config.mjs, the pages). */
export function loadTranslation(): Translation {
  return once('translation', () => readTranslation());
}

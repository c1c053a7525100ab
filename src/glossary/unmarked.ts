/**
 * The glossary terms the chapters leave unmarked in running text (content/unmarked-terms.yaml):
 * the standard formulas of Party doctrine. They keep their entries, back-links, print notes and
 * search records; only the link in the report's text is left out (link-terms.ts).
 */
import { z } from 'zod';
import { parseYaml, validate } from '../utils/yaml-data.ts';
import { SourceError } from '../utils/source-error.ts';
import { slug, text } from '../checks/parts.ts';
import { readTextFile } from '../utils/text-file.ts';
import { once } from '../utils/once.ts';
import type { Glossary } from './load.ts';

export const UNMARKED_FILE = 'content/unmarked-terms.yaml';

const schema = z
  .object({
    formulas: z.array(z.object({ slug, why: text }).strict()),
  })
  .strict();

/** Reads and checks the list: each slug an entry of the category `politics`, listed once. */
export function readUnmarked(source: string, file: string, glossary: Pick<Glossary, 'bySlug'>): Set<string> {
  const yaml = parseYaml(source, file);
  const { formulas } = validate(schema, yaml, `see the comments at the top of ${file}`);
  const out = new Set<string>();
  formulas.forEach((f, i) => {
    const at = { file, line: yaml.lineOf(['formulas', i, 'slug']), anchor: f.slug };
    const entry = glossary.bySlug.get(f.slug);
    if (!entry)
      throw new SourceError(
        at,
        'no glossary entry has this slug',
        'use the file name (without .yaml) of an entry in content/glossary/',
      );
    if (entry.category !== 'politics') {
      throw new SourceError(
        at,
        `the entry is of the category ${entry.category}, not politics`,
        'list only the standard formulas of Party doctrine (category politics); a term the report makes specific is marked',
      );
    }
    if (out.has(f.slug)) throw new SourceError(at, 'listed twice', 'keep one of the two');
    out.add(f.slug);
  });
  return out;
}

/** The site's list, read and checked against the glossary. */
export function loadUnmarked(glossary: Pick<Glossary, 'bySlug'>): Set<string> {
  // Read once per build (src/utils/once.ts), strictly as UTF-8 like every hand-written file.
  return once('unmarked-terms', () => readUnmarked(readTextFile(UNMARKED_FILE), UNMARKED_FILE, glossary));
}

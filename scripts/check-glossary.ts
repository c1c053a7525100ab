/**
 * `npm run glossary:check`: the build's glossary checks, alone and fast, with a
 * summary. Options: `--forms` lists how often each entry occurs; `--dir D`
 * checks drafts in another folder; `--pending FILE` names slugs (first word of
 * each line, or a tab-separated second column) that drafts may relate to before
 * they exist.
 */
import { readFileSync } from 'node:fs';
import { readGlossary } from '../src/glossary/load.ts';
import { CATEGORIES } from '../src/glossary/categories.ts';
import { SourceError } from '../src/utils/source-error.ts';

try {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  const pendingFile = arg('--pending');
  const pendingSlugs = pendingFile
    ? new Set(
        readFileSync(pendingFile, 'utf8')
          .split('\n')
          .map((l) => (l.includes('\t') ? l.split('\t')[1] : l.split(/\s/)[0]) ?? '')
          .filter(Boolean),
      )
    : undefined;
  const g = readGlossary(arg('--dir'), { pendingSlugs });
  const counts = new Map<string, number>();
  for (const e of g.entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  console.log(`glossary: ${g.entries.length} entries, all checks passed`);
  for (const [key, label] of Object.entries(CATEGORIES)) if (counts.get(key)) console.log(`  ${label.zh} (${key}): ${counts.get(key)}`);
  if (process.argv.includes('--forms')) {
    for (const e of g.entries) {
      const occ = g.occurrences.get(e.slug) ?? [];
      console.log(`${e.slug}\t${occ.length}\t${[...new Set(occ.map((o) => o.n))].map((n) => `p${n}`).join(' ')}`);
    }
  }
} catch (e) {
  if (e instanceof SourceError) {
    console.error(`glossary check failed.\n${e.message}`);
    process.exit(1);
  }
  throw e;
}

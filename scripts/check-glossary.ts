/**
 * `npm run glossary:check`: the build's glossary checks, alone and fast, with a
 * summary and the pinyin warnings (src/glossary/pinyin-check.ts). Options:
 * `--review` prints the fact-check figures and writes them into
 * content/glossary/README.md; `--forms` lists how often each entry occurs;
 * `--dir D` checks drafts in another folder; `--pending FILE` names slugs (first
 * word of each line, or a tab-separated second column) that drafts may relate
 * to before they exist. Paths are relative to the project root.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readGlossary } from '../src/glossary/load.ts';
import { pinyinWarnings } from '../src/glossary/pinyin-check.ts';
import { README_FILE, formatReviewCounts, reviewCounts, withReviewCounts } from '../src/glossary/review-counts.ts';
import { CATEGORIES } from '../src/glossary/categories.ts';
import { fromRoot } from '../src/utils/project.ts';
import { runCli } from './lib/cli.ts';

/** Slugs named in a pending-entries file: the tab-separated second column, else the first word of each line. */
function pendingSlugs(file: string): Set<string> {
  return new Set(
    readFileSync(fromRoot(file), 'utf8')
      .split('\n')
      .map((l) => (l.includes('\t') ? l.split('\t')[1] : l.split(/\s/)[0]) ?? '')
      .filter(Boolean),
  );
}

await runCli('glossary check failed.', () => {
  const { values } = parseArgs({
    options: {
      forms: { type: 'boolean', default: false },
      review: { type: 'boolean', default: false },
      dir: { type: 'string' },
      pending: { type: 'string' },
    },
  });
  const g = readGlossary(values.dir, {
    pendingSlugs: values.pending === undefined ? undefined : pendingSlugs(values.pending),
  });
  const counts = new Map<string, number>();
  for (const e of g.entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  console.log(`glossary: ${g.entries.length} entries, all checks passed`);
  for (const [key, label] of Object.entries(CATEGORIES))
    if (counts.get(key)) console.log(`  ${label.zh} (${key}): ${counts.get(key)}`);
  for (const warning of pinyinWarnings(g.entries)) console.warn(`warning: ${warning}`);
  if (values.review) {
    const readme = fromRoot(README_FILE);
    const table = formatReviewCounts(reviewCounts(g.entries));
    writeFileSync(readme, withReviewCounts(readFileSync(readme, 'utf8'), table));
    console.log(`\nfact-check figures (written to ${README_FILE}):\n${table}`);
  }
  if (values.forms) {
    for (const e of g.entries) {
      const occ = g.occurrences.get(e.slug) ?? [];
      console.log(`${e.slug}\t${occ.length}\t${[...new Set(occ.map((o) => o.n))].map((n) => `p${n}`).join(' ')}`);
    }
  }
});

/**
 * `npm run glossary:check`: the build's glossary checks, alone and fast, with a
 * summary and the pinyin warnings (src/glossary/pinyin-check.ts). Options:
 * `--review` prints the fact-check figures and writes them into
 * content/glossary/README.md; `--forms` lists how often each entry occurs; `--dir D`
 * checks drafts in another folder; `--pending FILE` names slugs (first word of
 * each line, or a tab-separated second column) that drafts may relate to before
 * they exist.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadGlossary } from '../src/glossary/load.ts';
import { pinyinWarnings } from '../src/glossary/pinyin-check.ts';
import { README_FILE, formatReviewCounts, reviewCounts, withReviewCounts } from '../src/glossary/review-counts.ts';
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
  const g = loadGlossary(arg('--dir'), { pendingSlugs });
  const counts = new Map<string, number>();
  for (const e of g.entries) counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  console.log(`glossary: ${g.entries.length} entries, all checks passed`);
  for (const [key, label] of Object.entries(CATEGORIES)) if (counts.get(key)) console.log(`  ${label.zh} (${key}): ${counts.get(key)}`);
  for (const warning of pinyinWarnings(g.entries)) console.warn(`warning: ${warning}`);
  if (process.argv.includes('--review')) {
    const table = formatReviewCounts(reviewCounts(g.entries));
    writeFileSync(README_FILE, withReviewCounts(readFileSync(README_FILE, 'utf8'), table));
    console.log(`\nfact-check figures (written to ${README_FILE}):\n${table}`);
  }
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

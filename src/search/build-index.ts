import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { KINDS, toMeta, type RecordSource, type SearchRecord } from './record.ts';
import { separateForIndex } from './tokens.ts';

/** Pagefind splits indexes by language; one Chinese index holds every record (the search page is zh-CN). */
const INDEX_LANGUAGE = 'zh-cn';

/** All records of all sources, checked: known kind, site path, non-empty text, each URL once. */
export async function collectRecords(sources: readonly RecordSource[]): Promise<SearchRecord[]> {
  const records = (await Promise.all(sources.map((s) => s.records()))).flat();
  const seen = new Set<string>();
  for (const r of records) {
    const where = `search record ${JSON.stringify(r.url)} (${r.kind})`;
    if (!(r.kind in KINDS)) throw new Error(`${where}: unknown kind; add it to KINDS in src/search/record.ts`);
    if (!r.url.startsWith('/') || r.url.startsWith('//')) throw new Error(`${where}: the URL must be a site path starting with "/" (the base is added when searching)`);
    if (r.text.trim() === '') throw new Error(`${where}: the text is empty; a record must hold the text its page shows`);
    if (seen.has(r.url)) throw new Error(`${where}: two records share this URL; each place a reader lands on is one record`);
    seen.add(r.url);
  }
  return records;
}

/** Builds the Pagefind index of the records and writes it to `outputPath` (e.g. dist/pagefind). */
export async function writeSearchIndex(records: readonly SearchRecord[], outputPath: string): Promise<{ records: number }> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length) throw new Error(`search index: ${step} failed: ${errors.join('; ')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    fail('createIndex', errors);
    if (!index) throw new Error('search index: Pagefind returned no index');
    for (const r of records) {
      const added = await index.addCustomRecord({
        url: r.url,
        content: separateForIndex(r.text),
        language: INDEX_LANGUAGE,
        meta: { ...toMeta(r) },
        filters: { kind: [r.kind], chapter: r.chapters },
      });
      fail(`adding ${r.url}`, added.errors);
    }
    fail('writing', (await index.writeFiles({ outputPath })).errors);
    dropUnusedUi(outputPath);
    return { records: records.length };
  } finally {
    await pagefind.close();
  }
}

/** Pagefind also writes its ready-made UIs and highlighter; the site uses its own (src/client/search-*.ts), so they go. */
function dropUnusedUi(outputPath: string) {
  for (const f of readdirSync(outputPath)) {
    if (/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(f)) rmSync(join(outputPath, f));
  }
}

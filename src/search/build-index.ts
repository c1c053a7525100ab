/**
 * Everything search ships, made once per build before the pages are rendered
 * (the search page names the files it starts fetching as it opens):
 *
 * - Pagefind's index of the records: the engine that says which records hold
 *   every character and word of a query (src/search/tokens.ts);
 * - the records themselves, in a few text files grouped by kind (the report's
 *   paragraphs in one, the glossary in a few): what the search page checks,
 *   excerpts and shows. A query fetches only the files that hold its
 *   candidates, each once, instead of one file per candidate;
 * - the catalogue that joins the two: for each text file, the Pagefind id of
 *   each of its records (in the files' order) and their names.
 */
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Catalogue, TextRecord } from './catalogue.ts';
import { KINDS, KIND_KEYS, type Kind, type RecordSource, type SearchRecord } from './record.ts';
import { indexedWords } from './tokens.ts';

/** Pagefind splits indexes by language; one Chinese index holds every record (the search page is zh-CN). */
const INDEX_LANGUAGE = 'zh-cn';

/**
 * Pagefind cuts its word index into chunks (default: 20,000 entries, about
 * 20 KB each here) and a query fetches the chunks of its words. Smaller chunks
 * mean fewer bytes per query (about 2 KB a word instead of 20 KB) for a few
 * more files in all. Pagefind 1.6 reads this from the environment only, under
 * a name it calls unstable: the build tests check that it still takes effect.
 */
const INDEX_CHUNK_SIZE = 2000;
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/** The glossary's text is most of the whole; it goes in this many files (about 9 KB each with gzip). */
const FILES_PER_KIND: Partial<Record<Kind, number>> = { glossary: 10 };

/** Where the text files go, under the edition's folder (the site's root for the Chinese edition, en/ for the English). */
const TEXTS_FOLDER = 'search/texts';

export interface SearchBundle {
  records: SearchRecord[];
  catalogue: Catalogue;
  /** Every file to write, by path relative to the site's root (pagefind/…, search/texts/…). */
  files: Map<string, Uint8Array | string>;
  /** Site paths the search page fetches as it opens: Pagefind's script (a module) and the rest. */
  preload: { module: string; fetch: string[] };
  /** How long making the bundle took. */
  ms: number;
}

/** All records of all sources, checked: known kind, site path, non-empty text, each URL once. */
export async function collectRecords(sources: readonly RecordSource[]): Promise<SearchRecord[]> {
  const records = (await Promise.all(sources.map((s) => s.records()))).flat();
  const seen = new Set<string>();
  for (const r of records) {
    const where = `search record ${JSON.stringify(r.url)} (${r.kind})`;
    if (!(r.kind in KINDS)) throw new Error(`${where}: unknown kind; add it to KINDS in src/search/record.ts`);
    if (!r.url.startsWith('/') || r.url.startsWith('//'))
      throw new Error(`${where}: the URL must be a site path starting with "/" (the base is added when searching)`);
    if (r.text.trim() === '')
      throw new Error(`${where}: the text is empty; a record must hold the text its page shows`);
    if (seen.has(r.url))
      throw new Error(`${where}: two records share this URL; each place a reader lands on is one record`);
    if (r.lead !== undefined && !(r.lead > 0 && r.lead <= r.text.length))
      throw new Error(`${where}: lead ${r.lead} is not a length within the text`);
    seen.add(r.url);
  }
  return records;
}

/** Pagefind's files are gzip with a "pagefind_dcd" signature before the payload. */
export function decodePagefindFile(content: Uint8Array): Buffer {
  const raw = gunzipSync(content);
  if (raw.subarray(0, 12).toString() !== 'pagefind_dcd') throw new Error('not a Pagefind file');
  return raw.subarray(12);
}

/** Pagefind's files that the site uses: its script and WebAssembly, the entry, the metadata and the word index. */
const SHIPPED =
  /^(pagefind\.js|pagefind-entry\.json|wasm\.[\w-]+\.pagefind|pagefind\.[\w-]+\.pf_meta|index\/[\w-]+\.pf_index)$/;

/** Pagefind's index of the records: one entry per record, holding each of its words once. */
async function pagefindFiles(records: readonly SearchRecord[]): Promise<Map<string, Uint8Array>> {
  const fail = (step: string, errors: string[]) => {
    if (errors.length) throw new Error(`search index: ${step} failed: ${errors.join('; ')}`);
  };
  // A fresh Pagefind process, started with the chunk size in its environment.
  await pagefind.close();
  const saved = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = String(INDEX_CHUNK_SIZE);
  const creating = pagefind.createIndex({});
  if (saved === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
  else process.env[CHUNK_SIZE_VARIABLE] = saved;
  try {
    const { index, errors } = await creating;
    fail('createIndex', errors);
    if (!index) throw new Error('search index: Pagefind returned no index');
    for (const r of records) {
      // No meta or filters: Pagefind would index their words too, and the text files carry them.
      const added = await index.addCustomRecord({
        url: r.url,
        content: indexedWords(r.text),
        language: INDEX_LANGUAGE,
      });
      fail(`adding ${r.url}`, added.errors);
    }
    const { files, errors: fileErrors } = await index.getFiles();
    fail('writing', fileErrors);
    return new Map(files.map((f) => [f.path.replace(/^\/+/, ''), f.content]));
  } finally {
    await pagefind.close();
  }
}

/** Splits records (in order) into `n` runs of about the same text length. */
function split<T extends { text: string }>(records: readonly T[], n: number): T[][] {
  const total = records.reduce((s, r) => s + r.text.length, 0);
  const runs: T[][] = [[]];
  let sum = 0;
  for (const r of records) {
    if (sum >= (total * runs.length) / n && runs.length < n) runs.push([]);
    runs[runs.length - 1]!.push(r);
    sum += r.text.length;
  }
  return runs.filter((run) => run.length > 0);
}

const contentHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 10);

function textRecord({ kind: _kind, names: _names, ...rest }: SearchRecord): TextRecord {
  return rest;
}

/**
 * The bundle of one edition's records. `folder` is the edition's folder under
 * the site's root ('' for the Chinese edition, 'en/' for the English one): its
 * Pagefind index goes in <folder>pagefind/, its texts in <folder>search/texts/.
 * Each edition searches its own index, so neither changes what the other's
 * search page fetches.
 */
export async function buildSearchBundle(records: readonly SearchRecord[], folder = ''): Promise<SearchBundle> {
  const started = performance.now();
  const index = await pagefindFiles(records);
  const files = new Map<string, Uint8Array | string>();
  // Pagefind's id of each record is the name of its fragment file (which the site does not ship).
  const idOf = new Map<string, string>();
  for (const [path, content] of index) {
    const fragment = path.match(/^fragment\/([\w-]+)\.pf_fragment$/);
    if (fragment)
      idOf.set((JSON.parse(decodePagefindFile(content).toString('utf8')) as { url: string }).url, fragment[1]!);
    else if (SHIPPED.test(path)) files.set(`${folder}pagefind/${path}`, content);
  }
  const entry = JSON.parse(Buffer.from(index.get('pagefind-entry.json')!).toString('utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null }>;
  };
  const language = entry.languages[INDEX_LANGUAGE];
  if (!language || Object.keys(entry.languages).length !== 1)
    throw new Error(
      `search index: expected one ${INDEX_LANGUAGE} index, Pagefind wrote ${Object.keys(entry.languages).join(', ')}`,
    );

  const catalogue: Catalogue = { tag: language.hash, pagefind: `/${folder}pagefind/pagefind.js`, files: [] };
  for (const kind of KIND_KEYS) {
    const ofKind = records.filter((r) => r.kind === kind);
    const runs = split(ofKind, FILES_PER_KIND[kind] ?? 1);
    runs.forEach((run, i) => {
      const json = JSON.stringify(run.map(textRecord));
      const path = `${folder}${TEXTS_FOLDER}/${kind}${runs.length > 1 ? `-${i + 1}` : ''}.${contentHash(json)}.json`;
      files.set(path, json);
      catalogue.files.push({
        kind,
        file: `/${path}`,
        ids: run.map((r) => {
          const id = idOf.get(r.url);
          if (!id) throw new Error(`search index: Pagefind has no entry for ${r.url}`);
          return id;
        }),
        names: run.map((r) => r.names ?? []),
      });
    });
  }
  const chapterTexts = catalogue.files.find((f) => f.kind === 'chapter');
  return {
    records: [...records],
    catalogue,
    files,
    preload: {
      module: catalogue.pagefind,
      fetch: [
        `/${folder}pagefind/pagefind-entry.json?ts=${catalogue.tag}`,
        `/${folder}pagefind/pagefind.${language.hash}.pf_meta`,
        `/${folder}pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`,
        // The report's paragraphs come first among the results of most queries.
        ...(chapterTexts ? [chapterTexts.file] : []),
      ],
    },
    ms: Math.round(performance.now() - started),
  };
}

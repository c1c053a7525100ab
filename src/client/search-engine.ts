/**
 * The search itself, in the browser: Pagefind finds every record that has all
 * of the query's characters and words (src/search/tokens.ts), then only those
 * whose own text holds the query are kept (src/search/match.ts). Pagefind is
 * loaded on the first search, never before.
 */
import { findTerms, queryTerms } from '../search/match.ts';
import { pagefindQuery } from '../search/tokens.ts';
import type { RecordMeta } from '../search/record.ts';
import type { Hit } from '../search/results.ts';
import { url } from '../utils/url.ts';

/** The parts of Pagefind's browser API used here (pagefind.js, Pagefind 1.6). */
interface Pagefind {
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<Fragment> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Fragment {
  raw_url?: string;
  url: string;
  content: string;
  meta: Partial<RecordMeta> & Record<string, string>;
  filters: Record<string, string[]>;
}

let loading: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ url('/pagefind/pagefind.js'))) as Pagefind;
    // The index is small: searching on the main thread is quick and saves
    // loading Pagefind's worker script (Pagefind/pagefind#937: `noWorker`).
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Kinds present in the index, with how many records each has. */
export async function indexedKinds(): Promise<Record<string, number>> {
  return (await (await loadPagefind()).filters()).kind ?? {};
}

interface Checked {
  hits: Hit[];
  /** How many results Pagefind gave before the check. */
  candidates: number;
}

export async function searchChecked(query: string): Promise<Checked> {
  const terms = queryTerms(query);
  const words = pagefindQuery(query);
  if (words === '') return { hits: [], candidates: 0 };
  const pagefind = await loadPagefind();
  const { results } = await pagefind.search(words);
  const fragments = await Promise.all(results.map((r) => r.data()));
  const hits: Hit[] = [];
  fragments.forEach((f, rank) => {
    const ranges = findTerms(f.content, terms);
    if (!ranges) return;
    const { meta } = f;
    hits.push({
      kind: (meta.kind ?? 'chapter') as Hit['kind'],
      url: f.raw_url ?? f.url,
      title: meta.title ?? '',
      context: meta.context,
      contextLang: meta.contextLang,
      paragraph: meta.paragraph === undefined ? undefined : Number(meta.paragraph),
      names: meta.names ? meta.names.split('\n') : [],
      chapters: f.filters.chapter ?? [],
      text: f.content,
      ranges,
      rank,
    });
  });
  return { hits, candidates: results.length };
}

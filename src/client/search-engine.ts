/**
 * The search itself, in the browser. Pagefind finds every record that has all
 * of the query's characters and words (src/search/tokens.ts); the catalogue
 * (src/search/catalogue.ts) says which text file holds each of them; the text
 * files are fetched, each once, and only the records whose own text holds the
 * query are kept (src/search/match.ts). The candidates are put in the order of
 * the results first, and the files of the first ones are fetched first, so
 * that the top of the list can be shown while the rest is still checked.
 *
 * The search page starts Pagefind as it opens (its files are preloaded by the
 * page itself, src/pages/search.astro); no other page loads any of this.
 */
import { entriesById, type Catalogue, type Entry, type TextRecord } from '../search/catalogue.ts';
import { findTerms, queryTerms } from '../search/match.ts';
import { compareResults, isExactName, type Hit } from '../search/results.ts';
import { pagefindQuery } from '../search/tokens.ts';
import { url } from '../utils/url.ts';

/** The parts of Pagefind's browser API used here (pagefind.js, Pagefind 1.6). */
interface Pagefind {
  options(options: { noWorker?: boolean; metaCacheTag?: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{ results: { id: string }[] }>;
  preload(term: string): Promise<void>;
}

/** How many of the first candidates must be checked before the text files of the others are fetched. */
const FIRST_SCREEN = 3;

export interface Progress {
  /** The results so far: every checked candidate up to the first one not yet checked, in the results' order. */
  hits: Hit[];
  /** All candidates are checked: `hits` is every result. */
  done: boolean;
  /** How many records Pagefind gave (before the check). */
  candidates: number;
}

export class SearchEngine {
  private readonly entries: Map<string, Entry>;
  private pagefind: Promise<Pagefind> | undefined;
  private readonly texts = new Map<number, Promise<TextRecord[]>>();

  constructor(private readonly catalogue: Catalogue) {
    this.entries = entriesById(catalogue);
  }

  /** Starts loading Pagefind (its script, WebAssembly and metadata), once. */
  load(): Promise<Pagefind> {
    this.pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ url(this.catalogue.pagefind))) as Pagefind;
      // The index is small: searching on the main thread is quick and saves
      // loading Pagefind's worker script (Pagefind/pagefind#937: `noWorker`).
      // The tag is in the entry file's address, which the page preloads.
      await pagefind.options({ noWorker: true, metaCacheTag: this.catalogue.tag });
      await pagefind.init();
      return pagefind;
    })();
    this.pagefind.catch(() => (this.pagefind = undefined));
    return this.pagefind;
  }

  private textFile(file: number): Promise<TextRecord[]> {
    let loading = this.texts.get(file);
    if (!loading) {
      loading = fetch(url(this.catalogue.files[file]!.file)).then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${r.url}`);
        return r.json() as Promise<TextRecord[]>;
      });
      loading.catch(() => this.texts.delete(file));
      this.texts.set(file, loading);
    }
    return loading;
  }

  /**
   * Fetches what a search for `query` will need first: Pagefind's index chunks
   * for its words, and the text of an entry named as the query (it will be the
   * first result). Called as the reader types, before the pause that starts the search.
   */
  prepare(query: string): void {
    const words = pagefindQuery(query);
    if (words === '') return;
    this.fetchNamed(query);
    this.load()
      .then((pagefind) => pagefind.preload(words))
      .catch(() => {});
  }

  /** An entry named as the query will be the first result: its text is fetched while Pagefind searches. */
  private fetchNamed(query: string): void {
    for (const e of this.entries.values())
      if (e.kind !== 'chapter' && isExactName(e, query)) this.textFile(e.file).catch(() => {});
  }

  /** Searches, calling `progress` each time more of the top of the list is known, and last with `done`. */
  async search(query: string, progress: (p: Progress) => void): Promise<void> {
    const terms = queryTerms(query);
    const words = pagefindQuery(query);
    if (words === '') return progress({ hits: [], done: true, candidates: 0 });
    this.fetchNamed(query);
    const { results } = await (await this.load()).search(words);
    const candidates = results.flatMap((r) => this.entries.get(r.id) ?? []).sort(compareResults(query));
    const checked = new Map<Entry, Hit | null>();
    let shown = -1;
    const report = (done: boolean) => {
      let upTo = candidates.findIndex((c) => !checked.has(c));
      if (upTo === -1) upTo = candidates.length;
      if (upTo === shown && !done) return;
      shown = upTo;
      const hits = candidates.slice(0, upTo).flatMap((c) => checked.get(c) ?? []);
      progress({ hits, done, candidates: candidates.length });
    };
    const check = async (file: number) => {
      const texts = await this.textFile(file);
      for (const c of candidates) {
        if (c.file !== file) continue;
        const r = texts[c.position]!;
        const ranges = findTerms(r.text, terms);
        checked.set(c, ranges && { ...r, kind: c.kind, names: c.names, order: c.order, ranges });
      }
      report(false);
    };
    const files = [...new Set(candidates.map((c) => c.file))];
    const first = [...new Set(candidates.slice(0, FIRST_SCREEN).map((c) => c.file))];
    await Promise.all(first.map(check));
    await Promise.all(files.filter((f) => !first.includes(f)).map(check));
    report(true);
  }
}

/** Reading what search ships in a build (dist/pagefind/, dist/search/texts/), for build-level tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { decodePagefindFile } from '../../src/search/build-index.ts';
import type { Catalogue, TextRecord } from '../../src/search/catalogue.ts';

export interface Entry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

export function readEntry(dist: string): Entry {
  return JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as Entry;
}

/** Pagefind's metadata (the pages' ids, the index chunks), decoded but not parsed (CBOR). */
export function readMeta(dist: string): Buffer {
  const [language] = Object.values(readEntry(dist).languages);
  return decodePagefindFile(readFileSync(join(dist, 'pagefind', `pagefind.${language!.hash}.pf_meta`)));
}

/** The catalogue the search page carries. */
export function readCatalogue(dist: string): Catalogue {
  const $ = cheerio.load(readFileSync(join(dist, 'search', 'index.html'), 'utf8'));
  return JSON.parse($('script[data-search-catalogue]').text()) as Catalogue;
}

/** A text file named by the catalogue (a site path without the base). */
export function readTexts(dist: string, file: string): TextRecord[] {
  return JSON.parse(readFileSync(join(dist, file), 'utf8')) as TextRecord[];
}

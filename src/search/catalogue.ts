/**
 * What the search page knows before it fetches any text: the catalogue
 * (rendered into the page as JSON by src/search/build-index.ts), which names
 * each text file, the kind of its records, and each record's Pagefind id and
 * names. No imports from Node: the browser bundles this file.
 */
import type { Kind, SearchRecord } from './record.ts';

/** One record as a text file holds it: what a result shows, and the text that is checked and excerpted. */
export type TextRecord = Omit<SearchRecord, 'kind' | 'names'>;

interface CatalogueFile {
  kind: Kind;
  /** Site path without the base, e.g. /search/texts/chapter.0123456789.json */
  file: string;
  /** Pagefind's id of each record in the file, in the file's order. */
  ids: string[];
  /** Each record's exact names (a term and its forms), [] for none. */
  names: string[][];
}

export interface Catalogue {
  /** The tag Pagefind adds to its entry file's address (`metaCacheTag`), so that the page can fetch it early. */
  tag: string;
  /** Site path of the edition's Pagefind script (its index is beside it), e.g. /pagefind/pagefind.js. */
  pagefind: string;
  files: CatalogueFile[];
}

/** A record as the catalogue knows it: enough to order it among the results before its text is fetched. */
export interface Entry {
  kind: Kind;
  names: string[];
  /** Which text file holds it, and where in that file. */
  file: number;
  position: number;
  /** Its place in the catalogue (the order of the record sources). */
  order: number;
}

/** Every record of the catalogue, by Pagefind id. */
export function entriesById(catalogue: Catalogue): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  catalogue.files.forEach((f, file) => {
    f.ids.forEach((id, position) =>
      entries.set(id, { kind: f.kind, names: f.names[position] ?? [], file, position, order: entries.size }),
    );
  });
  return entries;
}

/**
 * Arranging results for the search page: the exact name first, then grouped by
 * kind, report text in reading order, and the counts the filters show. The
 * order depends only on what the catalogue knows of a record (kind, names,
 * place), so the search page can order the candidates before it has their
 * text, and show the top of the list while the rest is still being checked.
 * Pure, so that the order and the counts are unit-tested.
 */
import { fold, holdsQuery, queryTerms, type Range } from './match.ts';
import { KIND_KEYS, type Kind } from './record.ts';

export interface Hit {
  kind: Kind;
  /** Site path without the base, with the landing anchor. */
  url: string;
  title: string;
  context?: string | undefined;
  contextLang?: string | undefined;
  paragraph?: number | undefined;
  /** The language of the page the result lands on, where it is not the search page's. */
  pageLang?: string | undefined;
  names: string[];
  chapters: string[];
  text: string;
  /** Length of the name line `text` starts with (SearchRecord.lead). */
  lead?: number | undefined;
  /** Where the query's terms occur in `text`. */
  ranges: Range[];
  /** The record's place in the catalogue (the order of the record sources: the report's paragraphs in reading order). */
  order: number;
}

export interface Group {
  kind: Kind;
  hits: Hit[];
  /** The entries named exactly as the query, shown above everything else. */
  exact?: boolean;
}

/** Whether the whole query is one of the hit's names (a glossary term typed exactly). */
export function isExactName(hit: Pick<Hit, 'names'>, query: string): boolean {
  const q = queryTerms(query).join(' ');
  return q !== '' && hit.names.some((n) => fold(n).text === q);
}

export interface Filter {
  kind?: Kind | undefined;
  chapter?: string | undefined;
}

export function matchesFilter(hit: Hit, filter: Filter): boolean {
  return (!filter.kind || hit.kind === filter.kind) && (!filter.chapter || hit.chapters.includes(filter.chapter));
}

/** What the order of results depends on. */
type Ordered = Pick<Hit, 'kind' | 'names' | 'order'>;

/**
 * The order of results: the entries named exactly as the query first (a
 * journalist typing a term wants its explanation at once); then every kind in
 * the order of KINDS, report text in the report's order (a journalist reads
 * every place in turn), and in other kinds those whose name holds the query
 * before the others, each in the order of their sources.
 */
export function compareResults(query: string): (a: Ordered, b: Ordered) => number {
  const q = queryTerms(query).join(' ');
  const key = (r: Ordered) => {
    const exact = r.kind !== 'chapter' && isExactName(r, query);
    const named = r.kind !== 'chapter' && q !== '' && r.names.some((n) => holdsQuery(n, query));
    return [exact ? 0 : 1, KIND_KEYS.indexOf(r.kind), named ? 0 : 1, r.order];
  };
  return (a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return 0;
  };
}

/** The results in that order, grouped: the exact names, then one group per kind. */
export function arrange(hits: readonly Hit[], query: string): Group[] {
  const groups: Group[] = [];
  for (const hit of [...hits].sort(compareResults(query))) {
    const exact = hit.kind !== 'chapter' && isExactName(hit, query);
    const last = groups[groups.length - 1];
    if (last && (exact ? last.exact : !last.exact && last.kind === hit.kind)) last.hits.push(hit);
    else groups.push(exact ? { kind: hit.kind, hits: [hit], exact: true } : { kind: hit.kind, hits: [hit] });
  }
  return groups;
}

/** How many hits each kind and each chapter would show, given the other filter. */
export function counts(
  hits: readonly Hit[],
  filter: Filter,
): { kinds: Partial<Record<Kind, number>>; chapters: Record<string, number>; all: number } {
  const kinds: Partial<Record<Kind, number>> = {};
  const chapters: Record<string, number> = {};
  let all = 0;
  for (const h of hits) {
    if (matchesFilter(h, { chapter: filter.chapter })) {
      kinds[h.kind] = (kinds[h.kind] ?? 0) + 1;
      all++;
    }
    if (matchesFilter(h, { kind: filter.kind })) for (const c of h.chapters) chapters[c] = (chapters[c] ?? 0) + 1;
  }
  return { kinds, chapters, all };
}

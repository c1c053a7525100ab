/**
 * Arranging checked results for the search page: grouped by kind, the exact
 * name first, report text in reading order, and the counts the filters show.
 * Pure, so that the order and the counts are unit-tested.
 */
import { fold, queryTerms, type Range } from './match.ts';
import { KIND_KEYS, type Kind } from './record.ts';

export interface Hit {
  kind: Kind;
  /** Site path without the base, with the landing anchor. */
  url: string;
  title: string;
  context?: string | undefined;
  contextLang?: string | undefined;
  paragraph?: number | undefined;
  names: string[];
  chapters: string[];
  text: string;
  /** Where the query's terms occur in `text`. */
  ranges: Range[];
  /** Pagefind's rank among the results (0 = best). */
  rank: number;
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

/**
 * The entries named exactly as the query first (a journalist typing a term wants
 * its explanation at once), then every kind in the order of KINDS, report text
 * first and in the report's order (a journalist reads every place in turn),
 * other kinds in Pagefind's rank.
 */
export function arrange(hits: readonly Hit[], query: string): Group[] {
  const named = hits.filter((h) => h.kind !== 'chapter' && isExactName(h, query)).sort((a, b) => a.rank - b.rank);
  const rest = hits.filter((h) => !named.includes(h));
  const groups: Group[] = KIND_KEYS.map((kind) => {
    const inKind = rest.filter((h) => h.kind === kind);
    const sorted = kind === 'chapter' ? inKind.sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0)) : inKind.sort((a, b) => a.rank - b.rank);
    return { kind, hits: sorted };
  }).filter((g) => g.hits.length > 0);
  return named.length > 0 ? [{ kind: named[0]!.kind, hits: named, exact: true }, ...groups] : groups;
}

/** How many hits each kind and each chapter would show, given the other filter. */
export function counts(hits: readonly Hit[], filter: Filter): { kinds: Partial<Record<Kind, number>>; chapters: Record<string, number>; all: number } {
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

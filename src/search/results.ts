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
 * Groups in the order of KINDS, except that a group holding an exact name
 * comes first. Report text keeps the report's order (a journalist reads every
 * place in turn); other kinds put exact names first, then Pagefind's rank.
 */
export function arrange(hits: readonly Hit[], query: string): Group[] {
  const exact = (h: Hit) => isExactName(h, query);
  const groups = KIND_KEYS.map((kind) => {
    const inKind = hits.filter((h) => h.kind === kind);
    const sorted =
      kind === 'chapter'
        ? inKind.sort((a, b) => (a.paragraph ?? 0) - (b.paragraph ?? 0))
        : inKind.sort((a, b) => Number(exact(b)) - Number(exact(a)) || a.rank - b.rank);
    return { kind, hits: sorted };
  }).filter((g) => g.hits.length > 0);
  return [...groups.filter((g) => g.hits.some(exact)), ...groups.filter((g) => !g.hits.some(exact))];
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

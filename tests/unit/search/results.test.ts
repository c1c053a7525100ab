import { describe, expect, it } from 'vitest';
import { arrange, compareResults, counts, isExactName, matchesFilter, type Hit } from '../../../src/search/results.ts';

const hit = (fields: Partial<Hit>): Hit => ({
  kind: 'chapter',
  url: '/x/',
  title: 'x',
  names: [],
  chapters: [],
  text: '',
  ranges: [{ start: 0, end: 1 }],
  order: 0,
  ...fields,
});

const hits: Hit[] = [
  hit({ kind: 'chapter', url: '/chapters/urban-layout/#p17', paragraph: 17, chapters: ['urban-layout'], order: 17 }),
  hit({
    kind: 'glossary',
    url: '/glossary/liang-ji-san-qu/',
    names: ['两极三区'],
    chapters: ['urban-layout'],
    order: 40,
  }),
  hit({ kind: 'chapter', url: '/chapters/economy/#p13', paragraph: 13, chapters: ['economy'], order: 13 }),
  hit({
    kind: 'glossary',
    url: '/glossary/xu-jia-hui-shang-quan/',
    names: ['徐家汇商圈'],
    chapters: ['urban-layout'],
    order: 50,
  }),
];

describe('arrange', () => {
  it('groups by kind, report text first and in the report’s order; in other kinds, names holding the query first', () => {
    const groups = arrange(hits, '徐家汇');
    expect(groups.map((g) => g.kind)).toEqual(['chapter', 'glossary']);
    expect(groups[0]!.hits.map((h) => h.paragraph)).toEqual([13, 17]);
    expect(groups[1]!.hits.map((h) => h.url)).toEqual([
      '/glossary/xu-jia-hui-shang-quan/',
      '/glossary/liang-ji-san-qu/',
    ]);
    // Otherwise in the order of the sources.
    expect(arrange(hits, '区')[1]!.hits.map((h) => h.url)).toEqual([
      '/glossary/liang-ji-san-qu/',
      '/glossary/xu-jia-hui-shang-quan/',
    ]);
  });

  it('puts the entry named exactly as the query above everything, then report text, then the other entries', () => {
    const groups = arrange(hits, ' “两极三区” ');
    expect(groups.map((g) => [g.kind, g.exact ?? false, g.hits.length])).toEqual([
      ['glossary', true, 1],
      ['chapter', false, 2],
      ['glossary', false, 1],
    ]);
    expect(groups[0]!.hits[0]!.url).toBe('/glossary/liang-ji-san-qu/');
    expect(groups[2]!.hits[0]!.url).toBe('/glossary/xu-jia-hui-shang-quan/');
  });

  it('orders by what the catalogue knows, so a prefix of the ordered candidates arranges as the top of the whole list', () => {
    const sorted = [...hits].sort(compareResults('两极三区'));
    for (let n = 1; n <= sorted.length; n++) {
      const top = arrange(sorted.slice(0, n), '两极三区').flatMap((g) => g.hits);
      expect(top).toEqual(
        arrange(hits, '两极三区')
          .flatMap((g) => g.hits)
          .slice(0, n),
      );
    }
  });
});

describe('isExactName', () => {
  it('compares folded: quotes, width and case do not matter, but the whole query must be the name', () => {
    expect(isExactName({ names: ['“三旧”变“三新”'] }, '三旧变三新')).toBe(true);
    expect(isExactName({ names: ['两极三区'] }, '两极')).toBe(false);
    expect(isExactName({ names: [] }, '')).toBe(false);
  });
});

describe('filters and counts', () => {
  it('filter by kind and by chapter, and count each choice given the other', () => {
    expect(hits.filter((h) => matchesFilter(h, { kind: 'glossary', chapter: 'urban-layout' })).length).toBe(2);
    expect(hits.filter((h) => matchesFilter(h, { chapter: 'economy' })).map((h) => h.paragraph)).toEqual([13]);
    expect(counts(hits, {})).toEqual({
      kinds: { chapter: 2, glossary: 2 },
      chapters: { 'urban-layout': 3, economy: 1 },
      all: 4,
    });
    expect(counts(hits, { kind: 'glossary', chapter: 'economy' })).toEqual({
      kinds: { chapter: 1 },
      chapters: { 'urban-layout': 2 },
      all: 1,
    });
  });
});

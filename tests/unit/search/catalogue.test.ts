import { describe, expect, it } from 'vitest';
import { entriesById, type Catalogue } from '../../../src/search/catalogue.ts';

describe('entriesById', () => {
  it('gives each record its kind, names, file, place in the file and place in the catalogue', () => {
    const catalogue: Catalogue = {
      tag: 'zh-cn_x',
      pagefind: '/pagefind/pagefind.js',
      files: [
        { kind: 'chapter', file: '/search/texts/chapter.a.json', ids: ['zh-cn_1', 'zh-cn_2'], names: [[], []] },
        { kind: 'glossary', file: '/search/texts/glossary-1.b.json', ids: ['zh-cn_3'], names: [['两极三区']] },
      ],
    };
    expect([...entriesById(catalogue)]).toEqual([
      ['zh-cn_1', { kind: 'chapter', names: [], file: 0, position: 0, order: 0 }],
      ['zh-cn_2', { kind: 'chapter', names: [], file: 0, position: 1, order: 1 }],
      ['zh-cn_3', { kind: 'glossary', names: ['两极三区'], file: 1, position: 0, order: 2 }],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexedWords, pagefindQuery, separateForIndex } from '../../../src/search/tokens.ts';

const ZWSP = '\u200B';

describe('separateForIndex', () => {
  it('puts a zero-width space on each side of every Chinese character, and nowhere else', () => {
    expect(separateForIndex('构建“5+4+X”产业')).toBe(`构${ZWSP}建${ZWSP}“5+4+X”${ZWSP}产${ZWSP}业`);
    expect(separateForIndex('two poles, three zones')).toBe('two poles, three zones');
    expect(separateForIndex('两极 liǎng。 “三区”')).toBe(`两${ZWSP}极 liǎng。 “${ZWSP}三${ZWSP}区${ZWSP}”`);
  });

  it('changes nothing but those spaces (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'徐家汇“”（）5.%Ab ǎⅢ、\n12𠀋') }), (text) => {
        expect(separateForIndex(text).replaceAll(ZWSP, '')).toBe(text);
      }),
    );
  });
});

describe('indexedWords', () => {
  it('gives each Chinese character and each run between spaces once, in the order they first occur', () => {
    expect(indexedWords('徐家汇、徐汇滨江，RCEP RCEP 5.5% 5.5%')).toBe('徐 家 汇 、 滨 江 ，RCEP RCEP 5.5%');
    expect(indexedWords('构建“5+4+X”产业')).toBe('构 建 “5+4+X” 产 业');
  });

  it('holds every word of the text, as the index would cut it (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'徐家汇“”（）5.%Ab ǎⅢ、\n12𠀋') }), (text) => {
        const words = new Set(indexedWords(text).split(' ').filter(Boolean));
        const all = separateForIndex(text)
          .split(/[\s\u200B]+/u)
          .filter(Boolean);
        expect(words).toEqual(new Set(all));
        expect(words.size).toBe(indexedWords(text).split(' ').filter(Boolean).length);
      }),
    );
  });
});

describe('pagefindQuery', () => {
  const q = pagefindQuery;

  it('asks for each Chinese character once, and for each run of letters or digits', () => {
    expect(q('徐家汇')).toBe('徐 家 汇');
    expect(q('两极三区 三区')).toBe('两 极 三 区');
    expect(q('构建“5+4+X”产业')).toBe('构 建 5 4 x 产 业');
    expect(q('RCEP GDP比重')).toBe('rcep gdp 比 重');
    expect(q('1-2个')).toBe('1 2 个');
    expect(q('ＲＣＥＰ ５％ liǎng')).toBe('rcep 5 liang');
    expect(q('"徐家汇" “三旧”变“三新”')).toBe('徐 家 汇 三 旧 变 新');
  });

  it('leaves out the part of a number or word after a decimal point or apostrophe (the index keeps those whole)', () => {
    expect(q('5.5%')).toBe('5');
    expect(q('58.8公里')).toBe('58 公 里');
    expect(q("Xuhui's")).toBe('xuhui');
  });

  it('is empty when the query has no characters Pagefind indexes', () => {
    expect(q('%')).toBe('');
    expect(q('“”')).toBe('');
  });
});

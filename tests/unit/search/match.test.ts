import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTerms, fold, holdsQuery, mergeRanges, queryTerms } from '../../../src/search/match.ts';

const marked = (text: string, query: string) =>
  findTerms(text, queryTerms(query))?.map((r) => text.slice(r.start, r.end)) ?? null;

describe('queryTerms', () => {
  it('splits at spaces (also the ideographic space), keeps "quoted phrases" whole, folds and drops duplicates', () => {
    expect(queryTerms('  徐家汇　体育公园 ')).toEqual(['徐家汇', '体育公园']);
    expect(queryTerms('"two poles" RCEP rcep')).toEqual(['two poles', 'rcep']);
    expect(queryTerms('ＲＣＥＰ ５％')).toEqual(['rcep', '5%']);
  });

  it('drops terms that are only quotation marks, and gives nothing for an empty query', () => {
    expect(queryTerms('“ ” ""')).toEqual([]);
    expect(queryTerms('   ')).toEqual([]);
  });
});

describe('fold', () => {
  it('maps every folded character back to where it starts in the original', () => {
    const f = fold('“Ⅲ类”ＡＢ');
    expect(f.text).toBe('iii类ab');
    expect(f.origin).toEqual([1, 1, 1, 2, 4, 5, 6]);
  });
});

describe('findTerms', () => {
  const p6 = '城镇调查失业率小于5.5%，生活垃圾源头减量5%，全区优于Ⅲ类（含Ⅲ类）水体断面比例达到70%，绿化覆盖率32%。';

  it('finds a Chinese phrase as typed, every time it occurs', () => {
    expect(marked('打好徐家汇、徐汇滨江战役，建设徐家汇公共广场', '徐家汇')).toEqual(['徐家汇', '徐家汇']);
    expect(marked('打好徐汇滨江战役，家门口', '徐家汇')).toBeNull();
  });

  it('ignores quotation marks on both sides, and marks the phrase with the quotes inside it', () => {
    expect(marked('加快“三旧”变“三新”步伐', '三旧变三新')).toEqual(['三旧”变“三新']);
    expect(marked('加快“三旧”变“三新”步伐', '“三旧”变“三新”')).toEqual(['三旧”变“三新']);
  });

  it('treats full-width and half-width, upper and lower case, and accents as the same', () => {
    expect(marked('把握区域全面经济伙伴关系协定（RCEP）生效机遇', 'rcep')).toEqual(['RCEP']);
    expect(marked('（RCEP）', '(RCEP)')).toEqual(['（RCEP）']);
    expect(marked(p6, '５％')).toEqual(['5%']);
    expect(marked('liǎng jí sān qū', '"liang ji"')).toEqual(['liǎng jí']);
    expect(marked('liǎng jí sān qū', 'liang ji')).toEqual(['liǎng', 'jí']);
    expect(marked(p6, 'iii类')).toEqual(['Ⅲ类', 'Ⅲ类']);
  });

  it('matches a number only as a whole number', () => {
    expect(marked(p6, '5%')).toEqual(['5%']);
    expect(marked(p6, '5.5%')).toEqual(['5.5%']);
    expect(marked(p6, '0%')).toBeNull();
    expect(marked(p6, '5')).toEqual(['5']);
    expect(marked(p6, '3')).toBeNull();
    expect(marked('纳统楼宇属地率提升至55%', '5%')).toBeNull();
    expect(marked('新增跨国公司地区总部10家，力争引入超400个知名品牌', '10')).toEqual(['10']);
    expect(marked('新开工100万平方米', '10')).toBeNull();
    expect(marked('新增A级旅游景区1-2个', '2个')).toEqual(['2个']);
    expect(marked('1,000户', '1')).toBeNull();
  });

  it('matches a Latin word only as a whole word, which may take an English plural or possessive ending', () => {
    expect(marked('Shanghai AI', 'ai')).toEqual(['AI']);
    expect(marked('Shanghai aims', 'ai')).toBeNull();
    expect(marked('artificial intelligence and the arts', 'art')).toEqual(['arts']);
    expect(marked('two poles, three zones', 'pole')).toEqual(['poles']);
    expect(marked('the polestar', 'pole')).toBeNull();
    expect(marked('Xuhui’s districts and Xuhui', 'xuhui')).toEqual(['Xuhui’s', 'Xuhui']);
    expect(marked('new businesses', 'business')).toEqual(['businesses']);
    expect(marked('two poles, three zones', '"two pole"')).toEqual(['two poles']);
    expect(marked('two polestars', '"two pole"')).toBeNull();
    expect(marked('做强“枫林HUB”品牌', 'hub')).toEqual(['HUB']);
    expect(marked('沉浸式体验+IP产业链', 'ip')).toEqual(['IP']);
  });

  it('needs every term, in any order, and marks all of them', () => {
    expect(marked('推进徐家汇体育公园周边环境品质提升', '体育公园 徐家汇')).toEqual(['徐家汇体育公园']);
    expect(marked('推进徐家汇书院开放运营', '徐家汇 体育公园')).toBeNull();
  });

  it('keeps characters outside the basic plane whole', () => {
    expect(marked('𠀋字在此𠀋', '𠀋')).toEqual(['𠀋', '𠀋']);
  });

  it('finds any piece of any text in that text (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'徐家汇“”（）5.%AbǎⅢ、 12'), minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const chars = [...text];
          const from = a % chars.length;
          const piece = chars.slice(from, from + 1 + (b % 6)).join('');
          const terms = queryTerms(`"${piece.replace(/"/g, '')}"`);
          // Pieces with Latin letters or digits may cut a word or number, which the rules refuse.
          const latinOrNumber = /[a-z0-9]/.test(fold(piece).text);
          if (terms.length === 0 || latinOrNumber) return;
          expect(findTerms(text, terms)).not.toBeNull();
        },
      ),
    );
  });
});

describe('mergeRanges', () => {
  it('sorts and joins overlapping or touching ranges', () => {
    expect(
      mergeRanges([
        { start: 5, end: 8 },
        { start: 0, end: 2 },
        { start: 2, end: 3 },
        { start: 6, end: 9 },
      ]),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 9 },
    ]);
  });
});

describe('holdsQuery', () => {
  it('is false for a query with no terms', () => {
    expect(holdsQuery('任何文字', ' “” ')).toBe(false);
  });
});

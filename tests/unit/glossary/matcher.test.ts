import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/glossary/matcher.ts';
import { sentenceAround } from '../../../src/glossary/occurrences.ts';
import { byPinyin, tonelessPinyin } from '../../../src/glossary/pinyin.ts';

describe('createMatcher', () => {
  const match = createMatcher([
    { form: '徐汇', slug: 'xu-hui' },
    { form: '徐汇滨江', slug: 'xu-hui-bin-jiang' },
    { form: '滨江', slug: 'bin-jiang' },
  ]);
  it('is leftmost-longest and never overlaps', () => {
    expect(match('徐汇滨江和徐汇，滨江').map((m) => [m.slug, m.start, m.end])).toEqual([
      ['xu-hui-bin-jiang', 0, 4],
      ['xu-hui', 5, 7],
      ['bin-jiang', 8, 10],
    ]);
  });
  it('finds nothing in text without terms', () => {
    expect(match('人民城市')).toEqual([]);
  });
});

describe('sentenceAround', () => {
  it('cuts the sentence at 。！？； and keeps closing quotes', () => {
    const text = '第一句。第二句有术语，还有“引号。”第三句。';
    const at = text.indexOf('术语');
    expect(sentenceAround(text, at, at + 2)).toEqual({ sentence: '第二句有术语，还有“引号。”', offset: 4 });
  });
});

describe('pinyin helpers', () => {
  it('strip tones and order like a dictionary', () => {
    expect(tonelessPinyin('Lǜsè jīngjì')).toBe('lvse jingji');
    const sorted = [
      { pinyin: 'wǔ xíng', term: '五型' },
      { pinyin: 'ān', term: '安' },
      { pinyin: 'lǜ', term: '绿' },
    ].sort(byPinyin);
    expect(sorted.map((e) => e.term)).toEqual(['安', '绿', '五型']);
  });
});

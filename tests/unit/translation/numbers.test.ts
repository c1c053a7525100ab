import { describe, expect, it } from 'vitest';
import {
  chineseNumbers,
  chineseNumeralValue,
  compareNumbers,
  englishNumbers,
  sameValue,
} from '../../../src/translation/numbers.ts';
import { normaliseEnglish } from '../../../src/glossary/english-names.ts';

const zh = (text: string) => chineseNumbers(text).map((n) => n.value);
const en = (text: string) => englishNumbers(normaliseEnglish(text)).map((n) => n.value);

describe('chineseNumeralValue', () => {
  it('reads the report’s Chinese numerals', () => {
    expect(chineseNumeralValue('一')).toBe(1);
    expect(chineseNumeralValue('两')).toBe(2);
    expect(chineseNumeralValue('十一')).toBe(11);
    expect(chineseNumeralValue('十九')).toBe(19);
    expect(chineseNumeralValue('二十')).toBe(20);
    expect(chineseNumeralValue('六百')).toBe(600);
    expect(chineseNumeralValue('百万')).toBe(1e6);
    expect(chineseNumeralValue('千万')).toBe(1e7);
    expect(chineseNumeralValue('亿')).toBe(1e8);
    expect(chineseNumeralValue('千亿')).toBe(1e11);
  });
  it('is not a number where two digits follow each other (十四五 is a name)', () => {
    expect(chineseNumeralValue('十四五')).toBeUndefined();
  });
});

describe('chineseNumbers: the conversions', () => {
  it('Arabic numbers as printed, times 万 or 亿, with 多 or 余 in between', () => {
    expect(zh('新增绿地8万平方米')).toEqual([80000]);
    expect(zh('年内力争新建或筹措1.2万套')).toEqual([12000]);
    expect(zh('保持在600亿元')).toEqual([6e10]);
    expect(zh('930多万平方米')).toEqual([9.3e6]);
    expect(zh('启动147幢、21.75万平方米成套改造')).toEqual([147, 217500]);
    expect(zh('剩余1000余户')).toEqual([1000]);
  });
  it('percentages, years, decimals and ranges', () => {
    expect(zh('2022年地区生产总值增长5.5%')).toEqual([2022, 5.5]);
    expect(zh('新增A级旅游景区1-2个')).toEqual([1, 2]);
    expect(zh('邻里汇3.0版')).toEqual([3]);
  });
  it('Chinese numerals after 第 or before a measure word', () => {
    expect(zh('实施第二轮精细化管理')).toEqual([2]);
    expect(zh('第三方专业机构')).toEqual([3]);
    expect(zh('零星旧改一年全覆盖，住房修缮三年整体竣工')).toEqual([1, 3]);
    expect(zh('重点抓好以下六方面工作')).toEqual([6]);
    expect(zh('国际邻里中心一期')).toEqual([1]);
    expect(zh('全州二路')).toEqual([2]);
  });
  it('magnitude classes', () => {
    expect(zh('迈向千亿级')).toEqual([1e11]);
    expect(zh('百万级、千万级、亿元级企业倍增')).toEqual([1e6, 1e7, 1e8]);
    expect(zh('年税收超亿元楼宇增加10幢')).toEqual([1e8, 10]);
  });
  it('Roman numerals', () => {
    expect(zh('提高Ⅲ类水体比例')).toEqual([3]);
  });
  it('no count: a numeral before another character, and the listed phrases', () => {
    expect(zh('集聚一批顶尖品牌，进一步提升，一体化打造，赋能百业，零售，红十字会，双向赋能，六百等')).toEqual([]);
    expect(zh('创新成为第一动力')).toEqual([]);
    expect(zh('深入推进新一轮国资国企综合改革')).toEqual([]);
    expect(zh('中东三家里等重点地块')).toEqual([]);
  });
  it('reads nothing where the caller blanked a span out', () => {
    expect(zh('□□□□规划的5年')).toEqual([5]);
  });
});

describe('englishNumbers', () => {
  it('digits, with thousands separators, decimals and ordinal endings', () => {
    expect(en('12,000 units, 5.5%, 2022, the 11th, Quanzhou 2nd Road, version 3.0')).toEqual([
      12000, 5.5, 2022, 11, 2, 3,
    ]);
  });
  it('a scale word multiplies the number before it, or stands alone', () => {
    expect(en('60 billion yuan, over 9.3 million square metres, the 100-billion-yuan scale')).toEqual([
      6e10, 9.3e6, 1e11,
    ]);
    expect(en('the million-yuan, ten-million-yuan and 100-million-yuan classes')).toEqual([1e6, 1e7, 1e8]);
  });
  it('number words and ordinals', () => {
    expect(en('six areas, the second round, twenty-one, one hundred, five years')).toEqual([6, 2, 21, 100, 5]);
  });
  it('ranges are two numbers, in digits or words', () => {
    expect(en('1-2 new museums; 1–2 attractions; one or two')).toEqual([1, 2, 1, 2, 1, 2]);
  });
  it('Roman numerals from II, not a lone letter', () => {
    expect(en('Class III water, 5+4+X, Centre Pompidou x West Bund, a vision')).toEqual([3, 5, 4]);
  });
  it('ordinary words are no numbers', () => {
    expect(en('a new round of reform, a number of top brands, further')).toEqual([]);
  });
});

describe('compareNumbers', () => {
  const found = (...values: number[]) => values.map((value, at) => ({ value, written: String(value), at }));
  it('compares as a multiset: a number printed twice must be there twice', () => {
    expect(compareNumbers(found(300, 2000, 300), found(300, 2000, 300))).toEqual({ missing: [], extra: [] });
    const { missing, extra } = compareNumbers(found(300, 2000, 300), found(300, 2000));
    expect(missing.map((m) => m.value)).toEqual([300]);
    expect(extra).toEqual([]);
  });
  it('names what each side lacks', () => {
    const { missing, extra } = compareNumbers(found(5, 86), found(5, 68));
    expect(missing.map((m) => m.value)).toEqual([86]);
    expect(extra.map((m) => m.value)).toEqual([68]);
  });
  it('values agree whatever way they were written', () => {
    expect(sameValue(930 * 1e4, 9.3 * 1e6)).toBe(true);
    expect(sameValue(21.75 * 1e4, 217500)).toBe(true);
    expect(sameValue(5, 5.5)).toBe(false);
  });
});

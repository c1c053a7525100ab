import { describe, expect, it } from 'vitest';
import { removeExtractionSpaces, joinLines } from '../../../src/ingest/join-lines.ts';
import { printedWidth } from '../../../src/ingest/layout.ts';

describe('removeExtractionSpaces', () => {
  it.each([
    ['增长 5%', '增长5%'],
    ['ITC 商办', 'ITC商办'],
    ['聚焦 ITC 商办项目，引进更多世界 500', '聚焦ITC商办项目，引进更多世界500'],
    ['步之 年', '步之年'],
    ['是： 高举', '是：高举'],
    ['“三个代表” 重要思想、 科学', '“三个代表”重要思想、科学'],
    ['“沉浸式体验 +IP 产业链”', '“沉浸式体验+IP产业链”'],
    ['“1 到 100”的转化', '“1到100”的转化'],
  ])('%s → %s', (raw, clean) => {
    expect(removeExtractionSpaces(raw).text).toBe(clean);
  });

  it('keeps one space between two Latin words or numbers, where it separates them', () => {
    expect(removeExtractionSpaces('New  York 的 2022 10').text).toBe('New York的2022 10');
  });

  it('counts what it removed and kept', () => {
    expect(removeExtractionSpaces('a  b 中 c')).toEqual({ text: 'a b中c', kept: 1, removed: 3 });
  });
});

describe('joinLines', () => {
  it('joins hard-wrapped lines with nothing between them and remembers each character’s line', () => {
    const body = joinLines(
      [
        { n: 1, text: ' 未来五年， 是我国' },
        { n: 2, text: '' },
        { n: 3, text: '迈向 5%' },
      ],
      'seed.txt',
    );
    expect(body.text).toBe('未来五年，是我国迈向5%');
    expect(body.lineOf).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 3, 3, 3, 3]);
    expect(body.stats.linesJoined).toBe(1);
  });
});

describe('printedWidth', () => {
  it('counts CJK as full cells, Latin and digits as half, spaces as none', () => {
    expect(printedWidth('增长 5%')).toBe(3);
    expect(printedWidth('于 GDP 比重')).toBe(4.5);
  });
});

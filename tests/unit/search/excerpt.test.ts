import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../../src/search/excerpt.ts';
import { findTerms, queryTerms } from '../../../src/search/match.ts';

const show = (text: string, query: string, length?: number) => {
  const e = excerptAround(text, findTerms(text, queryTerms(query)) ?? [], length);
  return `${e.cutBefore ? '…' : ''}${e.segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('')}${e.cutAfter ? '…' : ''}`;
};

describe('excerptAround', () => {
  it('shows a short text whole, with every match marked as a whole phrase', () => {
    expect(show('打好徐家汇、徐汇滨江战役，建设徐家汇公共广场', '徐家汇')).toBe('打好[徐家汇]、徐汇滨江战役，建设[徐家汇]公共广场');
  });

  it('cuts a long text to a window that starts a little before the first match', () => {
    const text = `${'甲'.repeat(100)}徐家汇${'乙'.repeat(100)}`;
    expect(show(text, '徐家汇', 20)).toBe(`…${'甲'.repeat(5)}[徐家汇]${'乙'.repeat(12)}…`);
  });

  it('keeps a match whole even when it is longer than the window', () => {
    const text = `${'甲'.repeat(50)}${'徐'.repeat(30)}${'乙'.repeat(50)}`;
    expect(show(text, '徐'.repeat(30), 10)).toBe(`…${'甲'.repeat(2)}[${'徐'.repeat(30)}]…`);
  });

  it('widens the window rather than cut a later match at its end', () => {
    const text = `${'甲'.repeat(10)}徐家汇${'乙'.repeat(10)}徐家汇${'丙'.repeat(50)}`;
    expect(show(text, '徐家汇', 20)).toBe(`…${'甲'.repeat(5)}[徐家汇]${'乙'.repeat(10)}[徐家汇]…`);
  });

  it('marks the phrase with the quotation marks it spans', () => {
    expect(show('加快“三旧”变“三新”步伐', '三旧变三新')).toBe('加快“[三旧”变“三新]”步伐');
  });

  it('never splits a character outside the basic plane', () => {
    const text = `${'𠀋'.repeat(50)}徐${'𠀋'.repeat(50)}`;
    const e = excerptAround(text, findTerms(text, ['徐'])!, 10);
    expect(e.segments.map((s) => s.text).join('')).toBe(`${'𠀋'.repeat(2)}徐${'𠀋'.repeat(7)}`);
  });
});

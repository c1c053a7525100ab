import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  comparePinyin,
  formatPinyinWarnings,
  pinyinDifferences,
  readPinyinExceptions,
  staleExceptions,
} from '../../../src/glossary/pinyin-check.ts';
import {
  README_FILE,
  formatReviewCounts,
  reviewCounts,
  withReviewCounts,
  START,
  END,
} from '../../../src/glossary/review-counts.ts';
import { loadGlossary } from '../../../src/glossary/load.ts';

describe('pinyin against pinyin-pro', () => {
  it('agrees whatever the word joins, spaces and capitals', () => {
    expect(comparePinyin('五型经济', 'wǔ xíng jīngjì')).toBeUndefined();
    expect(comparePinyin('徐汇滨江', 'Xúhuì Bīnjiāng')).toBeUndefined();
    expect(comparePinyin('绿化覆盖率', 'lǜhuà fùgàilǜ')).toBeUndefined();
  });

  it('writes 一 and 不 in their citation tone (GB/T 16159-2012), so the sandhi tone is a difference', () => {
    expect(comparePinyin('一港一谷一城一湾', 'yī gǎng yī gǔ yī chéng yī wān')).toBeUndefined();
    expect(
      comparePinyin('一港一谷一城一湾', 'yì gǎng yì gǔ yì chéng yì wān')!.tones.map((t) => t.char + t.written),
    ).toEqual(['一yì', '一yì', '一yì', '一yì']);
  });

  it('reads Latin letters as written and accepts any reading of digits and symbols', () => {
    expect(comparePinyin('15分钟社区生活圈', 'shíwǔ fēnzhōng shèqū shēnghuóquān')).toBeUndefined();
    expect(comparePinyin('5+4+X', 'wǔ jiā sì jiā X')).toBeUndefined();
    expect(comparePinyin('枫林HUB', 'Fēnglín HUB')).toBeUndefined();
    expect(comparePinyin('枫林HUB', 'Fēnglín')).toBeDefined();
  });

  it('names the character of a tone difference, and the whole reading when a syllable differs', () => {
    const tone = comparePinyin('拥有量', 'yōngyǒu liàng')!;
    expect(tone.tones).toEqual([{ char: '量', written: 'liàng', expected: 'liáng' }]);
    const syllable = comparePinyin('一路一弄', 'yī lù yī lòng')!;
    expect(syllable.tones).toEqual([]);
    expect(syllable.expected).toBe('yī lù yī nòng');
  });

  it('keeps a confirmed exception silent only while the entry keeps that pinyin', () => {
    const entries = [
      { slug: 'he-chang-zhi', file: 'content/glossary/he-chang-zhi.yaml', term: '河长制', pinyin: 'hézhǎngzhì' },
    ];
    expect(pinyinDifferences(entries)).toHaveLength(1);
    const exceptions = [{ slug: 'he-chang-zhi', pinyin: 'hézhǎngzhì', why: '长 is zhǎng' }];
    expect(pinyinDifferences(entries, exceptions)).toEqual([]);
    const changed = [{ ...entries[0]!, pinyin: 'hé zhǎng zhì' }];
    expect(pinyinDifferences(changed, exceptions)).toHaveLength(1);
    expect(staleExceptions(changed, exceptions)).toEqual(exceptions);
    expect(
      formatPinyinWarnings(pinyinDifferences(changed, exceptions), staleExceptions(changed, exceptions)).join('\n'),
    ).toMatch(/he-chang-zhi\.yaml: pinyin "hé zhǎng zhì" of 河长制 differs[\s\S]*no longer matches/);
  });

  it('every confirmed exception still matches its entry', () => {
    const g = loadGlossary();
    expect(staleExceptions(g.entries, readPinyinExceptions())).toEqual([]);
  });
});

describe('review figures', () => {
  const review = (statements: number, kinds: string[], verdicts: ('supports' | 'partly')[]) => ({
    date: '2026-11-29',
    method: 'statements' as const,
    statements,
    corrections: kinds.map((kind) => ({ kind: kind as 'minor', note: 'n' })),
    sources: verdicts.map((verdict, i) => ({ url: `https://e.example/${i}`, verdict })),
  });

  it('adds up entries, statements, corrections by kind and source verdicts', () => {
    const c = reviewCounts([
      { slug: 'a', review: review(10, ['wrong-fact', 'english'], ['supports']) },
      { slug: 'b', review: review(5, [], ['partly', 'partly']) },
      { slug: 'c', review: undefined },
    ]);
    expect(c).toMatchObject({
      entries: 3,
      reviewed: 2,
      unreviewed: ['c'],
      statements: 15,
      correctionsTotal: 2,
      unchanged: 1,
      sources: { supports: 1, partly: 2 },
      dates: ['2026-11-29', '2026-11-29'],
    });
    expect(c.corrections['wrong-fact']).toBe(1);
    expect(formatReviewCounts(c)).toMatch(/\| corrections \| 2: wrong fact 1, English rendering 1 \|/);
  });

  it('replaces only the block between the markers', () => {
    expect(withReviewCounts(`a\n${START}\nold\n${END}\nb`, 'new')).toBe(`a\n${START}\nnew\n${END}\nb`);
    expect(() => withReviewCounts('no markers', 'x')).toThrow(/review-counts block/);
  });

  it('content/glossary/README.md shows the current figures (else run: npm run glossary:check -- --review)', () => {
    const readme = readFileSync(README_FILE, 'utf8');
    expect(readme).toBe(withReviewCounts(readme, formatReviewCounts(reviewCounts(loadGlossary().entries))));
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { figuresIn, readSummaries, type ChapterText } from '../../../src/summaries/read.ts';
import { SUMMARIES_FILE } from '../../../src/config/content-files.ts';
import { expectRefusal } from '../../helpers/ingest-fixture.ts';
import { chapters, paragraphs } from '../../helpers/report-data.ts';

const real: ChapterText[] = chapters.map((c) => ({
  slug: c.slug,
  texts: paragraphs.filter((p) => p.chapter === c.slug).map((p) => p.text),
}));
const text = readFileSync(SUMMARIES_FILE, 'utf8');

const fixture: ChapterText[] = [
  { slug: 'a', texts: ['地区生产总值增长5.5%，新增绿地8万平方米。'] },
  { slug: 'b', texts: ['居民平均期望寿命86岁左右。'] },
];
const ok = `a:\n  line: 一句话\n  zh: 增长5.5%\n  en: Growth of 5.5%\nb:\n  line: 一句话\n  zh: 寿命86岁\n  en: 86 years\n`;
const F = 'content/summaries.yaml';

describe('content/summaries.yaml', () => {
  it('has a summary for every chapter, and every figure in it is printed in that chapter', () => {
    const summaries = readSummaries(text, SUMMARIES_FILE, real);
    expect([...summaries.keys()]).toEqual(chapters.map((c) => c.slug));
  });
});

describe('readSummaries', () => {
  it('reads a valid file', () => {
    expect(readSummaries(ok, F, fixture).get('b')?.zh).toBe('寿命86岁');
  });

  it('refuses a figure the chapter does not print, naming the line', () => {
    expectRefusal(
      () => readSummaries(ok.replace('寿命86岁', '寿命87岁'), F, fixture),
      { file: F, line: 7 },
      /figure 87 does not occur/,
    );
  });

  it('does not take part of a number for the number (86 is not in 860, 5 is not in 5.5)', () => {
    const texts = [{ slug: 'a', texts: ['增长5.5%'] }];
    expectRefusal(
      () => readSummaries('a:\n  line: 增长5%\n  zh: 增长\n  en: x\n', F, texts),
      { file: F, line: 2 },
      /figure 5 does not/,
    );
    expect(figuresIn('新开工145万平方米、竣工110万平方米、1.2万套')).toEqual(['145', '110', '1.2']);
  });

  it('refuses a missing chapter and an unknown one', () => {
    expectRefusal(
      () => readSummaries('a:\n  line: x\n  zh: x\n  en: x\n', F, fixture),
      { file: F },
      /chapter "b" has no summary/,
    );
    expectRefusal(
      () => readSummaries(`${ok}c:\n  line: x\n  zh: x\n  en: x\n`, F, fixture),
      { file: F, line: 10 },
      /no chapter has this slug/,
    );
  });

  it('refuses a one-liner that is too long, a missing field and an unknown field', () => {
    expectRefusal(
      () =>
        readSummaries(
          ok.replace('line: 一句话', () => `line: ${'长'.repeat(41)}`),
          F,
          fixture,
        ),
      { file: F, line: 2 },
      /a\.line: keep the one-line summary to 40/,
    );
    expectRefusal(
      () => readSummaries(ok.replace('  en: Growth of 5.5%\n', ''), F, fixture),
      { file: F, line: 2 },
      /a\.en/,
    );
    expectRefusal(
      () => readSummaries(ok.replace('  en: 86 years\n', '  en: 86 years\n  note: x\n'), F, fixture),
      { file: F },
      /b/,
    );
  });

  it('refuses broken YAML at its line', () => {
    expectRefusal(() => readSummaries('a:\n  line: [unclosed\n', F, fixture), { file: F }, /not valid YAML/);
  });
});

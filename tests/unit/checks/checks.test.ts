import { describe, expect, it } from 'vitest';
import { printsNumber } from '../../../src/checks/numbers.ts';
import { checkFormsUsed, paragraphHolding } from '../../../src/checks/report-text.ts';
import { slug, sourceSchema, text } from '../../../src/checks/parts.ts';
import { expectRefusal } from '../../helpers/ingest-fixture.ts';

describe('a number stands whole', () => {
  it('is found only where no longer number continues it', () => {
    expect(printsNumber('930多万平方米', '930')).toBe(true);
    expect(printsNumber('930多万平方米', '93')).toBe(false);
    expect(printsNumber('21.75万平方米', '21.75')).toBe(true);
    expect(printsNumber('21.75万平方米', '1.75')).toBe(false);
    expect(printsNumber('21.75万平方米', '21')).toBe(false);
    expect(printsNumber('1-2个', '1-2')).toBe(true);
    expect(printsNumber('三年', '三')).toBe(true);
    expect(printsNumber('新开工145万平方米、竣工110万平方米', '10万平方米')).toBe(false);
    expect(printsNumber('新开工145万平方米、竣工110万平方米', '110万平方米')).toBe(true);
    expect(printsNumber('年龄86岁，人均8.6，共860', '86')).toBe(true);
    expect(printsNumber('人均8.6，共860', '86')).toBe(false);
    expect(printsNumber('共1,000人', '1')).toBe(false);
    expect(printsNumber('增长5%。', '5%')).toBe(true);
  });
});

const paragraphs = [
  { n: 1, chapter: 'a', text: '甲乙丙。丁戊。' },
  { n: 2, chapter: 'a', text: '丁戊己。' },
];
const place = { file: 'content/x.yaml', line: 3 };

describe('a quote is in exactly one paragraph', () => {
  it('gives the paragraph that holds it', () => {
    expect(paragraphHolding(paragraphs, '乙丙', place).n).toBe(1);
  });
  it('is refused, at its place, when no paragraph or several hold it', () => {
    expectRefusal(() => paragraphHolding(paragraphs, '庚', place), place, /this quote is not in the report/);
    expectRefusal(() => paragraphHolding(paragraphs, '丁戊', place), place, /this quote is in 2 paragraphs \(p1, p2\)/);
  });
});

describe('a form is found by the matcher', () => {
  const at = (i: number) => ({ file: 'content/x.yaml', line: 10 + i });
  it('is refused when it occurs nowhere, or only inside a longer form', () => {
    expectRefusal(
      () => checkFormsUsed(['甲乙', '庚'], new Set(['甲乙']), paragraphs, at, { owner: 'zone' }),
      { file: 'content/x.yaml', line: 11 },
      /occurs nowhere in the report/,
    );
    const err = expectRefusal(
      () =>
        checkFormsUsed(['己'], new Set(), paragraphs, at, {
          owner: 'entry',
          orElse: 'mark the entry `background: true`',
        }),
      { file: 'content/x.yaml', line: 10 },
      /only occurs inside a longer form of another entry/,
    );
    expect(err.fix).toMatch(/background: true/);
  });
});

describe('shared schema parts', () => {
  it('say the same thing wherever they are used', () => {
    expect(text.safeParse('  ').error?.issues[0]?.message).toBe('must not be empty');
    expect(slug.safeParse('wu-xing-jing-ji').success).toBe(true);
    for (const bad of ['Wu', 'wu--xing', '-wu', 'wu_xing', '五型'])
      expect(slug.safeParse(bad).error?.issues[0]?.message, bad).toMatch(/ASCII slug/);
    const source = { url: 'https://example.org/', title: 't', publisher: 'p', kind: 'blog' };
    expect(sourceSchema.safeParse(source).error?.issues[0]?.message).toMatch(
      /government, party, state-media, media, encyclopedia, academic or official-site/,
    );
  });
});

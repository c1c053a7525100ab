import { describe, expect, it } from 'vitest';
import {
  checkEnglishNames,
  englishRefusals,
  holdsPhrase,
  normaliseEnglish,
  type EnglishNames,
  type TextPair,
} from '../../../src/glossary/english-names.ts';
import { indicatorPairs, summaryPairs, zonePairs } from '../../../src/glossary/site-english.ts';
import { createMatcher } from '../../../src/glossary/matcher.ts';
import { buildGlossary } from '../../../src/glossary/load.ts';
import { expectRefusal } from '../../helpers/ingest-fixture.ts';
import { entry, file, lineIn, paragraphs } from './fixtures.ts';

/** A tiny glossary: two place names (one inside the other's form) and a term with a refused rendering. */
const names: (EnglishNames & { forms: string[] })[] = [
  {
    slug: 'xu-jia-hui-di-qu',
    file: 'content/glossary/xu-jia-hui-di-qu.yaml',
    forms: ['徐家汇'],
    english: 'Xujiahui area',
    englishVariants: ['Xujiahui'],
    avoidEn: [],
  },
  {
    slug: 'xu-jia-hui-yuan',
    file: 'content/glossary/xu-jia-hui-yuan.yaml',
    forms: ['徐家汇源'],
    english: 'Xujiahui Origin scenic area',
    englishVariants: ['Xujiahui Origin'],
    avoidEn: [],
  },
  {
    slug: 'xu-hui-bin-jiang',
    file: 'content/glossary/xu-hui-bin-jiang.yaml',
    forms: ['徐汇滨江'],
    english: 'West Bund',
    englishVariants: [],
    avoidEn: ['Xuhui Riverside'],
  },
  {
    slug: 'wu-xing-jing-ji',
    file: 'content/glossary/wu-xing-jing-ji.yaml',
    forms: ['“五型经济”'],
    english: 'the "five types of economy"',
    englishVariants: [],
    avoidEn: ['five-type economy'],
  },
];
const glossary = {
  match: createMatcher(names.flatMap((e) => e.forms.map((form) => ({ form, slug: e.slug })))),
  bySlug: new Map(names.map((e) => [e.slug, e])),
};
const pair = (zh: string, en: string): TextPair => ({
  file: 'content/summaries.yaml',
  line: 7,
  field: 'economy.en',
  zh,
  en,
});

describe('normaliseEnglish and holdsPhrase', () => {
  it('ignore case, quotation marks, the kind of dash and runs of space', () => {
    expect(normaliseEnglish('The “Five  Types of Economy”')).toBe('the five types of economy');
    expect(normaliseEnglish('east–west')).toBe(normaliseEnglish('East-West'));
  });
  it('find whole words only, with an optional plural', () => {
    expect(holdsPhrase('15-minute community life circles', '15-minute community life circle')).toBe(true);
    expect(holdsPhrase('the west bunds', 'west bund')).toBe(true);
    expect(holdsPhrase('northwest bund', 'west bund')).toBe(false);
    expect(holdsPhrase('west bundle', 'west bund')).toBe(false);
  });
});

describe('englishRefusals', () => {
  it('accepts the English name, a declared variant, any case and any quotation marks', () => {
    expect(englishRefusals([pair('徐汇滨江和徐家汇', 'the WEST BUND and Xujiahui')], glossary)).toEqual([]);
    expect(
      englishRefusals([pair('打造“五型经济”标杆区', 'a model district of the ‘five types of economy’')], glossary),
    ).toEqual([]);
  });

  it('refuses a glossary form whose English name the English does not use, with file, line and fix', () => {
    const [r, ...rest] = englishRefusals([pair('徐汇滨江', 'the riverside')], glossary);
    expect(rest).toEqual([]);
    expect(r).toMatchObject({ file: 'content/summaries.yaml', line: 7, anchor: '徐汇滨江' });
    expect(r!.problem).toMatch(/economy\.en: the Chinese names 「徐汇滨江」 \(glossary entry xu-hui-bin-jiang\)/);
    expect(r!.fix).toMatch(/write "West Bund".*englishVariants.*xu-hui-bin-jiang\.yaml/);
  });

  it('reads forms leftmost-longest: 徐家汇源 asks for its own name, not for 徐家汇’s', () => {
    expect(englishRefusals([pair('徐家汇源', 'Xujiahui Origin')], glossary)).toEqual([]);
    expect(englishRefusals([pair('徐家汇源', 'Xujiahui')], glossary).map((r) => r.anchor)).toEqual(['徐家汇源']);
  });

  it('refuses a form an entry lists in avoidEn, anywhere in the English, even when the name is there too', () => {
    const refusals = englishRefusals([pair('徐汇滨江', 'West Bund (Xuhui riverside)')], glossary);
    expect(refusals).toHaveLength(1);
    expect(refusals[0]!.problem).toMatch(
      /uses "Xuhui Riverside", a rendering that content\/glossary\/xu-hui-bin-jiang\.yaml refuses/,
    );
    expect(refusals[0]!.fix).toMatch(/write "West Bund"/);
    expect(englishRefusals([pair('', 'a five-type economy')], glossary)[0]!.anchor).toBe('five-type economy');
  });

  it('checkEnglishNames throws the first refusal as a SourceError', () => {
    expectRefusal(
      () => checkEnglishNames([pair('徐汇滨江', 'the riverside')], glossary),
      { file: 'content/summaries.yaml', line: 7 },
      /glossary entry xu-hui-bin-jiang/,
    );
  });
});

describe('the site’s bilingual data as pairs, each refusal at its file and line', () => {
  it('zones: group and zone names, and what stands at a point', () => {
    const text = [
      'groups:',
      '  - id: g',
      '    name: 徐汇滨江一带',
      '    nameEn: The riverside',
      'zones:',
      '  - id: binjiang',
      '    name: 徐汇滨江',
      '    nameEn: West Bund',
      '    point:',
      '      what: 徐家汇天主堂',
      '      whatEn: St Ignatius Cathedral',
    ].join('\n');
    const pairs = zonePairs(text, 'content/zones.yaml');
    expect(pairs.map((p) => [p.field, p.line])).toEqual([
      ['groups[0].nameEn', 4],
      ['zones[0].nameEn', 8],
      ['zones[0].point.whatEn', 11],
    ]);
    expect(englishRefusals(pairs, glossary).map((r) => [r.line, r.anchor])).toEqual([
      [4, '徐汇滨江'],
      [11, '徐家汇'],
    ]);
    expectRefusal(
      () => checkEnglishNames(pairs, glossary),
      { file: 'content/zones.yaml', line: 4 },
      /groups\[0\]\.nameEn/,
    );
  });

  it('indicators: label and note', () => {
    const text = [
      '- id: a',
      '  indicator: 徐汇滨江项目',
      '  en: Xuhui Riverside projects',
      '  note: 报告没有说明。',
      '  noteEn: No detail.',
    ].join('\n');
    const pairs = indicatorPairs(text, 'content/indicators.yaml');
    expect(pairs.map((p) => p.field)).toEqual(['[0].en', '[0].noteEn']);
    expectRefusal(
      () => checkEnglishNames(pairs, glossary),
      { file: 'content/indicators.yaml', line: 3 },
      /\[0\]\.en: the Chinese names 「徐汇滨江」/,
    );
  });

  it('summaries: zh and en of each chapter', () => {
    const text = [
      'economy:',
      '  line: 一行。',
      '  zh: 打造“五型经济”标杆区。',
      '  en: >-',
      '    A model district of the',
      '    "five-type economy".',
    ].join('\n');
    const pairs = summaryPairs(text, 'content/summaries.yaml');
    expect(pairs.map((p) => [p.field, p.line])).toEqual([['economy.en', 4]]);
    const refusals = englishRefusals(pairs, glossary);
    expect(refusals.map((r) => r.anchor)).toEqual(['“五型经济”', 'five-type economy']);
    expectRefusal(() => checkEnglishNames(pairs, glossary), { file: 'content/summaries.yaml', line: 4 }, /economy\.en/);
  });

  it('skip a file they cannot read (its own loader reports it)', () => {
    expect(zonePairs('zones: [', 'content/zones.yaml')).toEqual([]);
    expect(indicatorPairs('{}', 'content/indicators.yaml')).toEqual([]);
  });
});

describe('the glossary’s own English lines', () => {
  it('refuse an English name that uses a form another entry refuses, at that line', () => {
    const a = file('wu-xing-jing-ji', entry({ english: 'five types of economy', avoidEn: ['five-type economy'] }));
    const b = file(
      'liu-liang-xing-jing-ji',
      entry({ term: '流量型经济', forms: [], background: true, english: 'flux, one part of the five-type economy' }),
    );
    expectRefusal(
      () => buildGlossary([a, b], paragraphs),
      { file: b.file, line: lineIn(b, 'english:') },
      /refuses \(avoidEn\)/,
    );
  });

  it('refuse a variant that uses a refused form', () => {
    const a = file(
      'wu-xing-jing-ji',
      entry({
        english: 'five types of economy',
        englishVariants: ['five-type economy'],
        avoidEn: ['five-type economy'],
      }),
    );
    expectRefusal(
      () => buildGlossary([a], paragraphs),
      { file: a.file, line: lineIn(a, '- five-type economy') },
      /englishVariants\[0\]/,
    );
  });

  it('accept variants and avoided forms that agree', () => {
    const a = file(
      'wu-xing-jing-ji',
      entry({
        english: 'five types of economy',
        englishVariants: ['“five types of economy”'],
        avoidEn: ['five-type economy'],
      }),
    );
    expect(() => buildGlossary([a], paragraphs)).not.toThrow();
  });

  it('refuse an English gloss that uses a refused form, at the glossEn line', () => {
    const a = file('wu-xing-jing-ji', entry({ english: 'five types of economy', avoidEn: ['five-type economy'] }));
    const b = file(
      'liu-liang-xing-jing-ji',
      entry({
        term: '流量型经济',
        forms: [],
        background: true,
        english: 'flux economy',
        glossEn: 'One part of the five-type economy.',
      }),
    );
    expectRefusal(() => buildGlossary([a, b], paragraphs), { file: b.file, line: lineIn(b, 'glossEn:') }, /glossEn/);
  });

  it('refuse an English explanation that uses a refused form, at the explanationEn line', () => {
    const a = file('wu-xing-jing-ji', entry({ english: 'five types of economy', avoidEn: ['five-type economy'] }));
    const b = file(
      'liu-liang-xing-jing-ji',
      entry({
        term: '流量型经济',
        forms: [],
        background: true,
        english: 'flux economy',
        explanationEn: 'One part of the five-type economy.',
      }),
    );
    expectRefusal(
      () => buildGlossary([a, b], paragraphs),
      { file: b.file, line: lineIn(b, 'explanationEn:') },
      /explanationEn/,
    );
  });
});

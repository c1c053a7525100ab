import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createMatcher } from '../../../src/glossary/matcher.ts';
import type { EnglishNames } from '../../../src/glossary/english-names.ts';
import { chineseQualifiers, unmatchedQualifiers } from '../../../src/translation/qualifiers.ts';
import type { ReportParagraph } from '../../../src/translation/check.ts';
import { buildTranslation, checkTranslation, readTranslation } from '../../../src/translation/load.ts';
import { formatTables, README_FILE, withTables } from '../../../src/translation/tables.ts';
import { readReport } from '../../../src/ingest/report-files.ts';
import { fromRoot } from '../../../src/utils/project.ts';
import { expectRefusal } from '../../helpers/ingest-fixture.ts';

const FILE = 'content/translation/en.yaml';

/** A tiny report: a paragraph with a lead, and two without. */
const report: ReportParagraph[] = [
  { n: 1, chapter: 'outlook', text: '今后五年，我们要胸怀“两个大局”。' },
  {
    n: 2,
    chapter: 'economy',
    lead: '构建产业布局。',
    text: '构建产业布局。新增绿地8万平方米，地区生产总值增长5%左右，力争引入超400个知名品牌。',
  },
  { n: 3, chapter: 'economy', text: '实施120急救分站建设，新增300个共享停车泊位、300个公共充电桩。' },
];

const names: (EnglishNames & { forms: string[] })[] = [
  {
    slug: 'liang-ge-da-ju',
    file: 'content/glossary/liang-ge-da-ju.yaml',
    forms: ['两个大局'],
    english: 'the “two overall situations”',
    englishVariants: [],
    avoidEn: [],
  },
  {
    slug: 'di-qu-sheng-chan-zong-zhi',
    file: 'content/glossary/di-qu-sheng-chan-zong-zhi.yaml',
    forms: ['地区生产总值'],
    english: 'regional GDP',
    englishVariants: [],
    avoidEn: ['gross district product'],
  },
  {
    slug: 'yi-liao',
    file: 'content/glossary/yi-liao.yaml',
    forms: ['120急救分站'],
    english: 'health-care building projects',
    englishVariants: ['120 emergency service'],
    avoidEn: [],
  },
];
const glossary = {
  match: createMatcher(names.flatMap((e) => e.forms.map((form) => ({ form, slug: e.slug })))),
  bySlug: new Map(names.map((e) => [e.slug, e])),
};

const good = [
  { n: 1, text: 'Over the next five years, we must keep in mind the “two overall situations”.' },
  {
    n: 2,
    lead: 'Building the industrial layout.',
    text: 'Add 80,000 square metres of new green space; regional GDP to grow by about 5%; strive to bring in over 400 well-known brands.',
  },
  {
    n: 3,
    text: 'Build the sub-stations of the 120 emergency service, and add 300 shared parking spaces and 300 public charging points.',
  },
];

const yamlOf = (entries: unknown) => stringify(entries, { lineWidth: 0 });
/** 1-based line of the first line of `text` that contains `needle`. */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const refusalsOf = (entries: unknown) => checkTranslation(yamlOf(entries), FILE, report, glossary).refusals;
const withEntry = (n: number, change: Record<string, unknown>) =>
  good.map((e) => (e.n === n ? { ...e, ...change } : e));

describe('a faithful translation', () => {
  it('passes and comes back typed, with the Chinese it renders', () => {
    const t = buildTranslation(yamlOf(good), FILE, report, glossary);
    expect(t.paragraphs.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(t.byN.get(2)).toMatchObject({
      chapter: 'economy',
      lead: 'Building the industrial layout.',
      zh: { lead: '构建产业布局。', text: report[1]!.text.slice('构建产业布局。'.length) },
    });
    expect(t.byN.get(1)!.lead).toBeUndefined();
  });
});

describe('parity: one entry per paragraph, in order', () => {
  it('refuses a missing paragraph, at the entry it should come before', () => {
    const text = yamlOf([good[0], good[2]]);
    expectRefusal(
      () => buildTranslation(text, FILE, report, glossary),
      { file: FILE, line: lineOf(text, '- n: 3') },
      /paragraph 2 has no translation/,
    );
  });
  it('refuses a paragraph the report does not have, and one translated twice', () => {
    expect(refusalsOf([...good, { n: 4, text: 'More.' }]).map((r) => r.problem)).toEqual([
      expect.stringMatching(/the report has no paragraph 4 \(it has 3/),
    ]);
    const twice = refusalsOf([good[0], good[1], good[1], good[2]]);
    expect(twice.some((r) => /paragraph 2 is translated twice/.test(r.problem))).toBe(true);
  });
  it('refuses entries out of order', () => {
    const text = yamlOf([good[1], good[0], good[2]]);
    expectRefusal(
      () => buildTranslation(text, FILE, report, glossary),
      { file: FILE, line: lineOf(text, '- n: 1') },
      /paragraph 1 comes after paragraph 2: the entries are out of order/,
    );
  });
  it('refuses a lead where the Chinese has none, and none where it has one', () => {
    const extra = yamlOf(withEntry(1, { lead: 'Outlook.' }));
    expectRefusal(
      () => buildTranslation(extra, FILE, report, glossary),
      { file: FILE, line: lineOf(extra, 'lead: Outlook.') },
      /paragraph 1 has no bold run-in head in the Chinese, but the English has a `lead:`/,
    );
    const missing = good.map((e) => (e.n === 2 ? { n: 2, text: `Building the industrial layout. ${e.text}` } : e));
    const text = yamlOf(missing);
    expectRefusal(
      () => buildTranslation(text, FILE, report, glossary),
      { file: FILE, line: lineOf(text, '- n: 2') },
      /paragraph 2 opens with a bold run-in head, which the English has no `lead:` for/,
    );
  });
  it('refuses a malformed entry with the field at fault', () => {
    const text = yamlOf([good[0], { n: 2, lead: 'Building.', txt: 'x' }, good[2]]);
    expectRefusal(() => buildTranslation(text, FILE, report, glossary), { file: FILE }, /1\.(text|txt)/);
  });
});

describe('numbers', () => {
  it('refuses a number the Chinese prints and the English lacks, at the text’s line', () => {
    const text = yamlOf(
      withEntry(2, {
        text: 'Add new green space; regional GDP to grow by about 5%; strive to bring in over 400 well-known brands.',
      }),
    );
    expectRefusal(
      () => buildTranslation(text, FILE, report, glossary),
      { file: FILE, line: lineOf(text, 'Add new green space') },
      /p2\.text: the Chinese prints 「8万」 \(80,000\), which the English does not/,
    );
  });
  it('refuses a number the English adds, and a changed one', () => {
    const r = refusalsOf(
      withEntry(1, { text: 'Over the next six years, we must keep in mind the “two overall situations”.' }),
    );
    expect(r.map((x) => x.problem)).toEqual([
      expect.stringMatching(/the Chinese prints 「五年」 \(5\), which the English does not/),
      expect.stringMatching(/the English has "six" \(6\), a number the Chinese does not print/),
    ]);
  });
  it('counts repeats: the 300 printed twice is in the English twice', () => {
    const r = refusalsOf(
      withEntry(3, {
        text: 'Build the sub-stations of the 120 emergency service, and add 300 shared parking spaces and public charging points.',
      }),
    );
    expect(r.map((x) => x.anchor)).toEqual(['300']);
  });
  it('leaves the numbers of a glossary term to its name: “two” in “two overall situations” is no extra number', () => {
    expect(refusalsOf(good)).toEqual([]);
  });
  it('but an Arabic number in a form must be carried by the English name used', () => {
    const r = refusalsOf(
      withEntry(3, {
        text: 'Build health-care building projects, and add 300 shared parking spaces and 300 public charging points.',
      }),
    );
    expect(r.map((x) => x.problem)).toEqual([
      expect.stringMatching(
        /the glossary form 「120急救分站」 prints 120, but no English name of yi-liao in the English carries it/,
      ),
    ]);
  });
});

describe('terms', () => {
  it('refuses a glossary term not rendered by its English name, and a refused rendering', () => {
    const r = refusalsOf(
      withEntry(2, {
        text: 'Add 80,000 square metres of new green space; gross district product to grow by about 5%; strive to bring in over 400 well-known brands.',
      }),
    );
    expect(r.map((x) => x.problem)).toEqual([
      expect.stringMatching(
        /p2\.text: the Chinese names 「地区生产总值」 \(glossary entry di-qu-sheng-chan-zong-zhi\)/,
      ),
      expect.stringMatching(
        /uses "gross district product", a rendering that content\/glossary\/di-qu-sheng-chan-zong-zhi\.yaml refuses/,
      ),
    ]);
  });
});

describe('qualifiers', () => {
  it('refuses a qualifier without a counterpart, naming the table’s renderings', () => {
    const text = yamlOf(
      withEntry(2, {
        text: 'Add 80,000 square metres of new green space; regional GDP to grow by 5%; strive to bring in over 400 well-known brands.',
      }),
    );
    const err = expectRefusal(
      () => buildTranslation(text, FILE, report, glossary),
      { file: FILE, line: lineOf(text, 'Add 80,000') },
      /p2\.text: the Chinese qualifies with 「左右」 .* which has no counterpart in the English/,
    );
    expect(err.fix).toMatch(/"about", "around", "approximately"/);
  });
  it('reads 超, 多, 余 and 基本 only where they qualify a figure', () => {
    expect(
      chineseQualifiers('适度超前开展基础设施投资，剩余1000余户，930多万，建成基本框架，基本完成').map(
        (q) => q.qualifier.zh,
      ),
    ).toEqual(['余', '多', '基本']);
    expect(chineseQualifiers('力争引入超400个，年税收超亿元').map((q) => q.qualifier.zh)).toEqual(['力争', '超', '超']);
  });
  it('gives each English counterpart to one qualifier only', () => {
    // 以上 and 不低于 may both be "at least", but one "at least" cannot stand for both.
    expect(unmatchedQualifiers('130件以上，不低于85%', 'at least 130 patents, 85%').map((u) => u.qualifier.zh)).toEqual(
      ['不低于'],
    );
    // …and a matching is found where one exists: "over" for 以上, "at least" for 不低于.
    expect(unmatchedQualifiers('130件以上，不低于85%', 'at least 85%; over 130 patents')).toEqual([]);
  });
});

describe('the committed translation', () => {
  it('passes every check, one entry per paragraph of the report, leads where the report has them', () => {
    const t = readTranslation();
    const paragraphs = readReport().paragraphs;
    expect(t.paragraphs.map((p) => p.n)).toEqual(paragraphs.map((p) => p.n));
    for (const p of paragraphs) expect(t.byN.get(p.n)!.lead === undefined, `p${p.n}`).toBe(p.lead === undefined);
  });
  it('the README’s tables are the code’s tables (npm run translation:check -- --tables)', () => {
    const readme = readFileSync(fromRoot(README_FILE), 'utf8');
    expect(withTables(readme, formatTables())).toBe(readme);
  });
});

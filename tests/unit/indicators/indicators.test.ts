import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildIndicators, writtenForms } from '../../../src/indicators/load.ts';
import { INDICATORS_FILE } from '../../../src/config/content-files.ts';
import { BOM, exportRows, toCsv, toJson } from '../../../src/indicators/export.ts';
import { barRow, comparedPairs, indicatorCharts, industryRows } from '../../../src/indicators/charts.ts';
import { expectRefusal, lineOf, replaceOnce } from '../../helpers/ingest-fixture.ts';
import { paragraphs } from '../../helpers/report-data.ts';

const yaml = readFileSync(INDICATORS_FILE, 'utf8');
const build = (text = yaml) => buildIndicators(text, INDICATORS_FILE, paragraphs);
const rows = build();

describe('the indicators data (content/indicators.yaml)', () => {
  it('lists every numeric target and task quantity: the 59 of the research notes and 企业倍增', () => {
    expect(rows).toHaveLength(60);
    expect(new Set(rows.map((r) => r.id)).size).toBe(60);
  });

  it('every row’s number, wording and qualifiers are in the paragraph it is assigned to (checked here, not by the loader)', () => {
    for (const r of rows) {
      const text = paragraphs.find((p) => p.n === r.paragraph)!.text;
      expect(text, r.id).toContain(r.quote);
      expect(r.quote, r.id).toContain(r.printedValue);
      for (const q of r.qualifiers) expect(r.quote, `${r.id}: ${q}`).toContain(q);
      if (typeof r.value === 'number' && !r.printed) expect(text, r.id).toContain(`${r.value}${r.unit}`);
      expect(
        paragraphs.filter((p) => p.text.includes(r.quote)),
        r.id,
      ).toHaveLength(1);
    }
  });

  it('puts each kind in its part of the report', () => {
    const chapters = (kind: string) => [...new Set(rows.filter((r) => r.kind === kind).map((r) => r.chapter))];
    expect(chapters('five-year-average')).toEqual(['five-year-goals']);
    expect(chapters('five-year-target')).toEqual(['five-year-goals']);
    expect(chapters('2022-target')).toEqual(['tasks-2022']);
    expect(rows.filter((r) => r.kind === '2022-target').map((r) => r.paragraph)).toEqual(Array(9).fill(10));
  });

  it('keeps the report’s own numbers: a few spot checks', () => {
    const by = (id: string) => rows.find((r) => r.id === id)!;
    expect(by('gdp-avg-5y')).toMatchObject({ value: 5, unit: '%', qualifiers: ['左右'], paragraph: 4 });
    expect(by('gdp-2022')).toMatchObject({ value: 5.5, paragraph: 10 });
    expect(by('a-grade-sites-5y')).toMatchObject({ value: [1, 2], printedValue: '1-2个' });
    expect(by('rental-housing-2022')).toMatchObject({ value: 1.2, unit: '万套', qualifiers: ['力争'], paragraph: 20 });
    expect(by('registered-unemployed-2022')).toMatchObject({ value: null, printedValue: '市政府下达的指标数' });
  });

  it('writes values the way the report does', () => {
    expect(writtenForms(5)).toEqual(['5', '五']);
    expect(writtenForms([1, 2])).toEqual(['1-2']);
    expect(writtenForms(2, '倍')).toContain('倍增');
    expect(writtenForms(null)).toEqual([]);
  });
});

describe('bad indicator data is refused with file, line and fix', () => {
  it('a quote that is not in the report', () => {
    const text = replaceOnce(yaml, 'quote: "新增10个普惠性托育点"', 'quote: "新增12个普惠性托育点"');
    expectRefusal(
      () => build(text),
      { file: INDICATORS_FILE, line: lineOf(text, '新增12个普惠性托育点') },
      /this quote is not in the report/,
    );
  });

  it('a quote in several paragraphs', () => {
    const text = replaceOnce(yaml, 'quote: "绿化覆盖率32%"', 'quote: "增长"');
    expectRefusal(
      () => build(text),
      { file: INDICATORS_FILE, line: lineOf(text, 'quote: "增长"') },
      /this quote is in \d+ paragraphs \(p4, p5/,
    );
  });

  it('a value that is not the number in the quote', () => {
    const at = yaml.indexOf('- id: childcare-2022');
    const text = yaml.slice(0, at) + yaml.slice(at).replace('value: 10', 'value: 12');
    expectRefusal(
      () => build(text),
      { file: INDICATORS_FILE, line: lineOf(text.slice(0), 'value: 12') },
      /does not contain the number as printed \(「12个」\)/,
    );
  });

  it('a `printed:` that does not match the value', () => {
    const text = replaceOnce(yaml, 'value: 930\n', 'value: 93\n');
    expectRefusal(
      () => build(text),
      { file: INDICATORS_FILE, line: lineOf(text, 'value: 93\n'.trim()) },
      /value does not match the number printed \(「930多万平方米」\)/,
    );
  });

  it('a qualifier the quote does not print', () => {
    const text = replaceOnce(yaml, '  qualifiers: [小于]\n', '  qualifiers: [不高于]\n');
    expectRefusal(
      () => build(text),
      { file: INDICATORS_FILE, line: lineOf(text, '[不高于]') },
      /qualifier is not in the quote/,
    );
  });

  it('a kind from the wrong part of the report (a 2022 target among the five-year goals)', () => {
    const at = yaml.indexOf('- id: green-coverage-5y');
    const text = yaml.slice(0, at) + yaml.slice(at).replace('kind: five-year-target', 'kind: 2022-target');
    expectRefusal(
      () => build(text),
      { file: INDICATORS_FILE, line: lineOf(text, 'kind: 2022-target') },
      /cannot come from paragraph 6 \(chapter five-year-goals\)/,
    );
  });

  it('a comparison that is not mutual', () => {
    const text = replaceOnce(yaml, '  compare: "revenue-avg-5y"\n', '');
    expectRefusal(
      () => build(text),
      { file: INDICATORS_FILE, line: lineOf(text, 'compare: "revenue-2022"') },
      /name each other/,
    );
  });

  it('an id used twice', () => {
    const text = replaceOnce(yaml, '- id: retail-2022\n', '- id: revenue-2022\n');
    expectRefusal(
      () => build(text),
      { file: INDICATORS_FILE, line: text.split('\n').lastIndexOf('- id: revenue-2022') + 1 },
      /already used by row 21/,
    );
  });

  it('a row without a number and without `printed:`', () => {
    const text = replaceOnce(yaml, '  printed: "市政府下达的指标数"\n', '');
    expectRefusal(() => build(text), { file: INDICATORS_FILE }, /without a number needs `printed:`/);
  });
});

describe('downloads', () => {
  const exported = exportRows(rows, (c, n) => `https://example.org/chapters/${c}/#p${n}`);

  it('CSV: byte-order mark, a header, one line per row, CRLF line ends', () => {
    const csv = toCsv(exported);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'id,indicator,indicator_en,kind,kind_zh,kind_en,value,value_min,value_max,unit,unit_en,printed,qualifiers,quote,paragraph,chapter,url,note,note_en',
    );
    expect(lines).toHaveLength(rows.length + 2);
    expect(lines[1]).toBe(
      'gdp-avg-5y,地区生产总值年均增长,"Regional GDP, average annual growth",five-year-average,今后五年·年均,Five-year annual average,5,5,5,%,% a year,5%,左右,地区生产总值年均增长5%左右,4,five-year-goals,https://example.org/chapters/five-year-goals/#p4,,',
    );
  });

  it('CSV quotes fields with commas, quotes or line breaks (RFC 4180)', () => {
    const [first] = exported;
    const csv = toCsv([{ ...first!, note: 'a "b", c\nd' }]);
    expect(csv).toContain(',"a ""b"", c\nd",');
  });

  it('JSON: the same rows, ranges as min and max', () => {
    const doc = JSON.parse(toJson(exported, 'https://example.org/indicators/'));
    expect(doc.count).toBe(rows.length);
    expect(doc.indicators.map((r: { id: string }) => r.id)).toEqual(rows.map((r) => r.id));
    expect(doc.indicators.find((r: { id: string }) => r.id === 'museums-5y')).toMatchObject({
      value: '1-2',
      value_min: 1,
      value_max: 2,
    });
  });
});

describe('the charts: one comparison each, said in the heading, computed from the rows', () => {
  it('compare the indicators given for both periods, and say which is higher', () => {
    expect(comparedPairs(rows).map(([a, b]) => [a.id, b.id])).toEqual([
      ['gdp-avg-5y', 'gdp-2022'],
      ['revenue-avg-5y', 'revenue-2022'],
    ]);
    const { charts } = indicatorCharts(rows);
    expect(charts[0]!.finding).toBe(
      '2022年的增长目标高于今后五年的年均目标：地区生产总值5.5%（年均5%左右），区级财政收入6%（年均5%）',
    );
  });

  it('compare the industries’ output targets with GDP’s over the same five years', () => {
    expect(industryRows(rows).map((r) => r.id)).toEqual([
      'ai-output-avg-5y',
      'life-health-output-avg-5y',
      'culture-output-avg-5y',
    ]);
    const { charts } = indicatorCharts(rows);
    expect(charts[1]!.finding).toBe(
      '三个产业的总产出年均增长目标（10%—15%）都高于地区生产总值的年均增长目标（5%左右）',
    );
    expect(charts[1]!.groups[0]!.bars.map((b) => `${b.label} ${b.valueText}`)).toEqual([
      '人工智能及相关产业 15%',
      '文化创意产业 11%',
      '生命健康产业 10%',
      '地区生产总值（对照） 5%左右',
    ]);
  });

  it('change the heading when the data no longer bears the finding out', () => {
    const lower = rows.map((r) => (r.id === 'gdp-2022' ? { ...r, value: 4, printedValue: '4%' } : r));
    expect(indicatorCharts(lower).charts[0]!.finding).toMatch(/^2022年的增长目标与今后五年的年均目标：/);
  });

  it('draw every bar to one scale from zero, the bar row written once', () => {
    const { max } = indicatorCharts(rows);
    expect(max).toBe(15);
    const row = barRow({ id: 'x', label: '标签', value: 7.5, valueText: '7.5%', tone: '2022' }, max, 5);
    expect(row).toContain('<rect class="bar-2022" width="50" height="10"/>');
    expect(row).toContain('x1="33.3"');
    expect(row).not.toContain('style=');
  });
});

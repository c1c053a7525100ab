/**
 * The indicator charts, as HTML written at build time: each chart makes one
 * comparison and says it in its heading, a sentence computed from the data;
 * the table below them stays the exact record. Labels and numbers are HTML text
 * at body size, above full-width bars that reflow with the page, so they read on
 * a 390 px phone as on a desktop; the bars themselves are tiny SVGs stretched
 * to the row (presentation attributes only: no inline styles), in the theme's
 * chart colours (--chart-* in global.css).
 *
 * 1. The indicators the report gives for both periods: the 2022 target beside
 *    the five-year annual average (linked by `compare:` in indicators.yaml).
 * 2. The industries' output growth targets beside the growth target of the
 *    whole economy (GDP) over the same five years.
 */
import { scaleLinear } from 'd3';
import { escapeXml, num, tag } from '../maps/svg.ts';
import type { Indicator } from './load.ts';

/** The five-year GDP target the industries are compared with (ids never change: they are in the downloads). */
const GDP_FIVE_YEAR = 'gdp-avg-5y';

export interface Bar {
  id: string;
  label: string;
  value: number;
  /** As printed, with 左右 where the report says it. */
  valueText: string;
  /** bar-five-year | bar-2022 | bar-reference */
  tone: 'five-year' | '2022' | 'reference';
}

interface BarGroup {
  /** A heading over the group's bars, if the chart has several groups. */
  name?: string;
  bars: Bar[];
}

export interface Chart {
  id: string;
  /** The chart's one finding, as its heading. */
  finding: string;
  groups: BarGroup[];
  /** A value every bar marks with a thin line (the GDP target in chart 2). */
  reference?: { value: number; label: string };
  note: string;
}

const valueText = (r: Indicator) => `${r.printedValue}${r.qualifiers.filter((q) => q === '左右').join('')}`;
const num1 = (r: Indicator) => r.value as number;
/** The indicator's name without the measure: 地区生产总值年均增长 → 地区生产总值. */
const subject = (r: Indicator) => r.indicator.replace(/(总产出)?(年均)?增长$/, '');
const COUNT = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const count = (n: number) => COUNT[n] ?? String(n);

/** Pairs of the same indicator for both periods: [five-year average, 2022 target]. */
export function comparedPairs(rows: Indicator[]): [Indicator, Indicator][] {
  const pairs: [Indicator, Indicator][] = [];
  for (const r of rows) {
    if (r.kind !== 'five-year-average' || !r.compare) continue;
    const other = rows.find((o) => o.id === r.compare);
    if (other && typeof r.value === 'number' && typeof other.value === 'number') pairs.push([r, other]);
  }
  return pairs;
}

function periodChart(rows: Indicator[]): Chart {
  const pairs = comparedPairs(rows);
  if (pairs.length === 0)
    throw new Error('periodChart: no indicator is given for both periods (`compare:` in content/indicators.yaml)');
  const higher = pairs.every(([five, year]) => num1(year) > num1(five));
  const lower = pairs.every(([five, year]) => num1(year) < num1(five));
  const each = pairs.map(([five, year]) => `${subject(five)}${valueText(year)}（年均${valueText(five)}）`).join('，');
  const finding = higher
    ? `2022年的增长目标高于今后五年的年均目标：${each}`
    : lower
      ? `2022年的增长目标低于今后五年的年均目标：${each}`
      : `2022年的增长目标与今后五年的年均目标：${each}`;
  return {
    id: 'chart-periods',
    finding,
    groups: pairs.map(([five, year]) => ({
      name: subject(five),
      bars: [
        { id: five.id, label: '今后五年，年均', value: num1(five), valueText: valueText(five), tone: 'five-year' },
        { id: year.id, label: '2022年', value: num1(year), valueText: valueText(year), tone: '2022' },
      ],
    })),
    note: `报告对这${count(pairs.length)}项指标既给出今后五年的年均增长目标，又给出2022年的增长目标（第${[...new Set(pairs.flatMap(([a, b]) => [a.paragraph, b.paragraph]))].join('、')}段）。`,
  };
}

/** The five-year growth targets of the industries' gross output (总产出). */
export function industryRows(rows: Indicator[]): Indicator[] {
  return rows.filter(
    (r) =>
      r.kind === 'five-year-average' && r.unit === '%' && typeof r.value === 'number' && r.indicator.includes('总产出'),
  );
}

function industryChart(rows: Indicator[]): Chart {
  const gdp = rows.find((r) => r.id === GDP_FIVE_YEAR);
  const industries = industryRows(rows).sort((a, b) => num1(b) - num1(a));
  if (!gdp || industries.length === 0)
    throw new Error(
      `industryChart: needs the row ${GDP_FIVE_YEAR} and the industries' output targets in content/indicators.yaml`,
    );
  const values = industries.map(num1);
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const range = lo === hi ? `${lo}%` : `${lo}%—${hi}%`;
  const all = industries.every((r) => num1(r) > num1(gdp));
  const finding = all
    ? `${count(industries.length)}个产业的总产出年均增长目标（${range}）都高于地区生产总值的年均增长目标（${valueText(gdp)}）`
    : `${count(industries.length)}个产业的总产出年均增长目标（${range}）与地区生产总值的年均增长目标（${valueText(gdp)}）`;
  return {
    id: 'chart-industries',
    finding,
    groups: [
      {
        bars: [
          ...industries.map((r): Bar => ({
            id: r.id,
            label: subject(r),
            value: num1(r),
            valueText: valueText(r),
            tone: 'five-year',
          })),
          {
            id: gdp.id,
            label: `${subject(gdp)}（对照）`,
            value: num1(gdp),
            valueText: valueText(gdp),
            tone: 'reference',
          },
        ],
      },
    ],
    reference: { value: num1(gdp), label: `${subject(gdp)}${valueText(gdp)}` },
    note: `都是今后五年的年均增长目标（第${[...new Set([gdp, ...industries].map((r) => r.paragraph))].join('、')}段）。产业的目标是总产出，地区生产总值是增加值，两者口径不同，这里只比较报告定下的增长速度。`,
  };
}

/** The charts of /indicators/, drawn to one scale so that bars compare across charts too. */
export function indicatorCharts(rows: Indicator[]): { charts: Chart[]; max: number } {
  const charts = [periodChart(rows), industryChart(rows)];
  const max = Math.max(...charts.flatMap((c) => c.groups.flatMap((g) => g.bars.map((b) => b.value))));
  return { charts, max };
}

/** One bar: its label above, the bar across the row, the value at the end. Written once for every chart. */
export function barRow(bar: Bar, max: number, reference?: number): string {
  const x = scaleLinear().domain([0, max]).range([0, 100]);
  const track = tag(
    'svg',
    { class: 'bar', viewBox: '0 0 100 10', preserveAspectRatio: 'none', 'aria-hidden': 'true' },
    tag('rect', { class: 'bar-track', width: 100, height: 10 }),
    tag('rect', { class: `bar-${bar.tone}`, width: num(x(bar.value)), height: 10 }),
    reference !== undefined &&
      tag('line', {
        class: 'bar-ref',
        x1: x(reference),
        x2: x(reference),
        y1: 0,
        y2: 10,
        'vector-effect': 'non-scaling-stroke',
      }),
  );
  return tag(
    'div',
    { class: 'bar-row', 'data-indicator': bar.id },
    tag('span', { class: 'bar-label' }, escapeXml(bar.label)),
    track,
    tag('span', { class: 'bar-value' }, escapeXml(bar.valueText)),
  );
}

export function renderChart(chart: Chart, max: number, level = 3): string {
  const groups = chart.groups
    .map((g) =>
      tag(
        'div',
        { class: 'bar-group' },
        g.name ? tag('p', { class: 'bar-group-name' }, escapeXml(g.name)) : '',
        ...g.bars.map((b) => barRow(b, max, chart.reference?.value)),
      ),
    )
    .join('');
  const ref = chart.reference ? `细竖线标出${chart.reference.label}。` : '';
  return tag(
    'figure',
    { class: 'chart', id: chart.id, 'aria-labelledby': `${chart.id}-title` },
    tag(`h${level}`, { id: `${chart.id}-title`, class: 'chart-finding' }, escapeXml(chart.finding)),
    groups,
    tag('figcaption', { class: 'note' }, escapeXml(`${chart.note}${ref}`)),
  );
}

/**
 * Charts of the growth targets, drawn at build time with d3-scale into inline
 * SVG: every growth rate side by side (five-year averages and 2022), and the
 * indicators the report gives for both periods, five-year average vs 2022.
 */
import { scaleBand, scaleLinear } from 'd3';
import { tag, text } from '../maps/svg.ts';
import type { Kind } from './schema.ts';
import type { Indicator } from './load.ts';

const WIDTH = 640;
const LABEL_W = 230;
const BAR_H = 22;
const GAP = 8;
const FONT = 14;
const COLOURS: Partial<Record<Kind, string>> = { 'five-year-average': 'bar-five-year', '2022-target': 'bar-2022' };
const BLOCK_TITLES: Partial<Record<Kind, string>> = { 'five-year-average': '今后五年·年均增长', '2022-target': '2022年·增长目标' };

/** Rows that are growth rates in percent with one number: what the growth chart shows. */
export function growthRows(rows: Indicator[]): Indicator[] {
  return rows.filter((r) => r.unit === '%' && typeof r.value === 'number' && /增长$/.test(r.indicator) && (r.kind === 'five-year-average' || r.kind === '2022-target'));
}

const shortLabel = (r: Indicator) => r.indicator.replace(/(年均)?增长$/, '');
const valueLabel = (r: Indicator) => `${r.printedValue}${r.qualifiers.filter((q) => q === '左右').join('')}`;

interface ChartText {
  id: string;
  title: string;
  description: string;
}

function frame(t: ChartText, height: number, body: string): string {
  return tag(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart-svg', role: 'img', 'aria-labelledby': `${t.id}-title ${t.id}-desc` },
    tag('title', { id: `${t.id}-title` }, text(t.title)),
    tag('desc', { id: `${t.id}-desc` }, text(t.description)),
    body,
  );
}

function axis(x: (v: number) => number, ticks: number[], top: number, bottom: number): string {
  return tag(
    'g',
    { class: 'axis', 'aria-hidden': 'true' },
    ...ticks.map((t) =>
      tag('g', {}, tag('line', { x1: x(t), x2: x(t), y1: top, y2: bottom, class: t === 0 ? 'axis-zero' : 'gridline' }), tag('text', { x: x(t), y: bottom + 16, 'text-anchor': 'middle' }, `${t}%`)),
    ),
  );
}

/** All growth targets as horizontal bars, in two blocks: five-year annual averages, then 2022. */
export function renderGrowthChart(all: Indicator[], id = 'chart-growth'): string {
  const rows = growthRows(all);
  const blocks = (['five-year-average', '2022-target'] as const).map((kind) => ({ kind, rows: rows.filter((r) => r.kind === kind) }));
  const max = Math.max(...rows.map((r) => r.value as number));
  const x = scaleLinear().domain([0, Math.ceil(max / 5) * 5]).range([LABEL_W, WIDTH - 70]);
  let y = 10;
  const parts: string[] = [];
  for (const b of blocks) {
    parts.push(tag('text', { x: 0, y: y + FONT, class: 'chart-block' }, text(BLOCK_TITLES[b.kind]!)));
    y += FONT + 10;
    const band = scaleBand().domain(b.rows.map((r) => r.id)).range([y, y + b.rows.length * (BAR_H + GAP)]).paddingInner(GAP / (BAR_H + GAP));
    for (const r of b.rows) {
      const top = band(r.id)!;
      const v = r.value as number;
      parts.push(
        tag(
          'g',
          { class: 'bar-row', 'data-indicator': r.id },
          tag('text', { x: LABEL_W - 8, y: top + BAR_H * 0.72, 'text-anchor': 'end' }, text(shortLabel(r))),
          tag('rect', { class: COLOURS[r.kind], x: x(0), y: top, width: x(v) - x(0), height: band.bandwidth() }),
          tag('text', { x: x(v) + 6, y: top + BAR_H * 0.72, class: 'bar-value' }, text(valueLabel(r))),
        ),
      );
    }
    y += b.rows.length * (BAR_H + GAP) + 12;
  }
  const ticks = x.ticks(5);
  const height = y + 24;
  const description = `增长目标条形图。${blocks.map((b) => `${BLOCK_TITLES[b.kind]!}：${b.rows.map((r) => `${shortLabel(r)}${valueLabel(r)}`).join('，')}`).join('；')}。`;
  return frame({ id, title: '报告中的增长目标（%）', description }, height, axis((v) => x(v), ticks, 10, y - 8) + parts.join(''));
}

/** Indicators given for both periods: the five-year annual average beside the 2022 target. */
export function renderComparisonChart(all: Indicator[], id = 'chart-compare'): string {
  const pairs: [Indicator, Indicator][] = [];
  for (const r of all) {
    if (r.kind !== 'five-year-average' || !r.compare) continue;
    const other = all.find((o) => o.id === r.compare);
    if (other && typeof r.value === 'number' && typeof other.value === 'number') pairs.push([r, other]);
  }
  const max = Math.max(...pairs.flat().map((r) => r.value as number));
  const x = scaleLinear().domain([0, Math.ceil(max + 1)]).range([LABEL_W, WIDTH - 70]);
  let y = 10;
  const parts: string[] = [];
  for (const [five, year] of pairs) {
    parts.push(tag('text', { x: 0, y: y + FONT, class: 'chart-block' }, text(shortLabel(five))));
    y += FONT + 10;
    for (const r of [five, year]) {
      const v = r.value as number;
      parts.push(
        tag(
          'g',
          { class: 'bar-row', 'data-indicator': r.id },
          tag('text', { x: LABEL_W - 8, y: y + BAR_H * 0.72, 'text-anchor': 'end' }, text(r.kind === 'five-year-average' ? '今后五年年均' : '2022年')),
          tag('rect', { class: COLOURS[r.kind], x: x(0), y, width: x(v) - x(0), height: BAR_H }),
          tag('text', { x: x(v) + 6, y: y + BAR_H * 0.72, class: 'bar-value' }, text(valueLabel(r))),
        ),
      );
      y += BAR_H + GAP;
    }
    y += 10;
  }
  const description = `五年目标与2022年目标对比。${pairs.map(([a, b]) => `${shortLabel(a)}：今后五年年均${valueLabel(a)}，2022年${valueLabel(b)}`).join('；')}。`;
  return frame({ id, title: '今后五年年均目标与2022年目标', description }, y + 24, axis((v) => x(v), x.ticks(4), 10, y - 8) + parts.join(''));
}


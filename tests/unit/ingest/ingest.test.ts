import { describe, expect, it } from 'vitest';
import { runIngest, seedText } from '../../helpers/ingest-fixture.ts';

const result = runIngest();
const byN = (n: number) => result.paragraphs[n - 1]!;

describe('the real seed', () => {
  it('drops exactly the named page furniture', () => {
    expect(result.record.dropped.map((d) => [d.kind, d.text])).toEqual([
      ['continuation', '（下转第 6版）'],
      ['vertical-title', '今后五年主要目标和2022年工作任务'],
      ['date-line', '2022年1月10日星期一'],
      ['page-numbers', '04 05'],
      ['masthead', '2022年徐汇区“两会”专题报道'],
    ]);
    const dateLine = result.record.dropped.find((d) => d.kind === 'date-line')!;
    expect(dateLine.detail).toEqual({
      date: '2022-01-10',
      editors: ['本版编辑：黄珈玥', '版面设计：黄珈玥'],
      brokenCharacters: 3,
    });
  });

  it('lifts the displaced block into headings, byline and metadata', () => {
    const { lifted } = result.record;
    expect(lifted.headings.map((h) => h.text)).toEqual([
      '着力推动经济高质量发展',
      '着力优化城区功能格局',
      '着力厚植城区软实力',
      '着力打造高品质生活环境',
    ]);
    expect(lifted.ornaments.map((o) => o.text)).toEqual(['2']);
    expect(result.meta.delivered).toEqual({
      date: '2022-01-05',
      occasion: '上海市徐汇区第十七届人民代表大会第一次会议',
      byline: '2022年1月5日在上海市徐汇区第十七届人民代表大会第一次会议上',
    });
    expect(result.meta.speaker).toEqual({ title: '上海市徐汇区区长', name: '钟晓咏' });
    expect(result.meta.printed).toMatchObject({
      pages: [4, 5],
      date: '2022-01-10',
      continuesOnPage: 6,
      section: '2022年徐汇区“两会”专题报道',
    });
  });

  it('rejoins the sentence the page break split', () => {
    expect(byN(17).text).toContain('建设总部高地，聚焦ITC商办项目，引进更多世界500强总部');
    expect(byN(17).source.map((s) => s.line)).toContain(439);
    expect(byN(17).source.map((s) => s.line)).toContain(454);
  });

  it('removes the extraction’s spaces', () => {
    const all = result.paragraphs.map((p) => p.text).join('');
    expect(all).not.toMatch(/\s/);
    expect(byN(4).text).toContain('地区生产总值年均增长5%左右');
    expect(all).toContain('步之年');
  });

  it('cuts 27 paragraphs, numbered from 1 in reading order, into 7 chapters', () => {
    expect(result.paragraphs.map((p) => p.n)).toEqual(Array.from({ length: 27 }, (_, i) => i + 1));
    expect(result.chapters.map((c) => [c.slug, c.paragraphs])).toEqual([
      ['outlook', [1, 2]],
      ['five-year-goals', [3, 8]],
      ['tasks-2022', [9, 11]],
      ['economy', [12, 15]],
      ['urban-layout', [16, 18]],
      ['quality-of-life', [19, 23]],
      ['soft-power', [24, 27]],
    ]);
    expect(byN(1).text.startsWith('未来五年，是我国迈向')).toBe(true);
    expect(byN(27).text.endsWith('公园绿地300米服务半径覆盖率达到98%。')).toBe(true);
  });

  it('places each area heading before the paragraph its content belongs to, not in block order', () => {
    const headed = result.paragraphs.filter((p) => p.heading).map((p) => [p.n, p.heading]);
    expect(headed).toEqual([
      [12, '着力推动经济高质量发展'],
      [16, '着力优化城区功能格局'],
      [19, '着力打造高品质生活环境'],
      [24, '着力厚植城区软实力'],
    ]);
  });

  it('marks the bold run-in heads', () => {
    expect(result.paragraphs.filter((p) => p.lead).map((p) => p.lead)).toEqual([
      '———核心竞争力跃上新高度。',
      '———自主创新发展汇聚新动能。',
      '———人民城市建设展现新气象。',
      '———城区软实力实现新提升。',
      '———现代化治理取得新进步。',
      '构建“5+4+X”产业布局。',
      '强化科创策源功能。',
      '提升招商营商能级。',
      '加快重点区域建设。',
      '全力提升交通功能。',
      '大力推进旧住房修缮改造。',
      '实施15分钟社区生活圈提升计划。',
      '构建生态环境治理新格局。',
      '树立“海派文化之源”标杆。',
      '推动社会事业均衡发展。',
      '开展全要素精细化治理。',
    ]);
  });

  it('records each paragraph’s seed lines, verbatim', () => {
    const lines = seedText.split('\n');
    for (const p of result.paragraphs) {
      for (const s of p.source) expect(lines[s.line - 1]).toBe(s.text);
    }
  });
});

describe('nothing lost, nothing invented', () => {
  // Independent of the ingest's own accounting: the seed's text with every
  // whitespace removed must be exactly the paragraphs, in order, plus the named
  // furniture and the lifted block where the test (not the ingest) says they are.
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const lines = seedText.split('\n');
  const seedSpan = (from: number, to: number) => squeeze(lines.slice(from - 1, to).join(''));

  it('the body of the seed equals the concatenated paragraphs, character for character', () => {
    const body = seedSpan(1, 439) + seedSpan(454, 790);
    expect(result.paragraphs.map((p) => p.text).join('')).toBe(body);
  });

  it('what is not body is only the displaced block and the named furniture', () => {
    expect(seedSpan(440, 453)).toBe(
      '着力推动经济高质量发展———2022年1月5日在上海市徐汇区第十七届人民代表大会第一次会议上上海市徐汇区区长钟晓咏着力优化城区功能格局2着力厚植城区软实力着力打造高品质生活环境',
    );
    expect(seedSpan(791, 792)).toBe('（下转第6版）');
    expect(seedSpan(793, 825)).toBe('今后五年主要目标和2022年工作任务');
    expect(seedSpan(826, 827)).toBe('2022年1月10日星期一/\uFFFD\uFFFD\uFFFD本版编辑：黄珈玥版面设计：黄珈玥');
    expect(seedSpan(828, 829)).toBe('0405');
    // The vertical masthead: each glyph extracted as lines of 3+2+2+2+1+1 copies.
    const glyphs = [...'2022年徐汇区“两会”专题报道'];
    expect(seedSpan(830, lines.length)).toBe(glyphs.map((g) => g.repeat(11)).join(''));
  });
});

import { describe, expect, it } from 'vitest';
import { excerptAround, resultExcerpt } from '../../../src/search/excerpt.ts';
import { findTerms, queryTerms } from '../../../src/search/match.ts';
import { loadGlossary } from '../../../src/glossary/load.ts';
import { collectRecords } from '../../../src/search/build-index.ts';
import { siteSources } from '../../../src/search/sources/index.ts';

type Shown = ReturnType<typeof excerptAround>;
const text = (e: Shown) =>
  `${e.cutBefore ? '…' : ''}${e.segments.map((s) => (s.marked ? `[${s.text}]` : s.text)).join('')}${e.cutAfter ? '…' : ''}`;
const show = (t: string, query: string, length?: number) =>
  text(excerptAround(t, findTerms(t, queryTerms(query)) ?? [], length));

// Paragraph 13 of the report, as the search page has it.
const P13 =
  '加快国际消费中心城市引领示范区建设，全力引领和定义消费潮流，做大做强“首经济”“云经济”“夜经济”等，力争引入超400个知名品牌。加大对现代服务业优势行业的投入力度、服务强度，促进向专业化和价值链高端延伸。聚焦碳达峰、碳中和，加快发展绿色低碳产业。';

describe('excerptAround', () => {
  it('shows a short text whole, with every match marked as a whole phrase', () => {
    expect(show('打好徐家汇、徐汇滨江战役，建设徐家汇公共广场', '徐家汇')).toBe(
      '打好[徐家汇]、徐汇滨江战役，建设[徐家汇]公共广场',
    );
  });

  it('cuts a long text to a window around the first match, its edges at the nearest ends of clauses', () => {
    expect(show(P13, '知名品牌', 40)).toBe(
      '…力争引入超400个[知名品牌]。加大对现代服务业优势行业的投入力度、服务强度，…',
    );
    expect(show(P13, '首经济', 40)).toBe('…做大做强“[首经济]”“云经济”“夜经济”等，力争引入超400个知名品牌。…');
  });

  it('never starts or ends inside a number, whatever the window', () => {
    // No clause ends near the edges: each lands where the window falls, moved out of any number or word.
    const t = `徐汇区持续推动产业升级力争引入超400个知名品牌落户徐家汇商圈${'并且不断优化营商环境提升城区能级'.repeat(4)}`;
    for (let length = 12; length <= 40; length++) {
      const e = excerptAround(t, findTerms(t, ['徐家汇'])!, length);
      const shown = e.segments.map((s) => s.text).join('');
      expect(shown, String(length)).not.toMatch(/^0|^00/);
      expect(t.indexOf(shown) === 0 || !/\d/.test(t[t.indexOf(shown) - 1]!), String(length)).toBe(true);
      const after = t[t.indexOf(shown) + shown.length];
      expect(after === undefined || !(/\d/.test(after) && /\d$/.test(shown)), String(length)).toBe(true);
    }
  });

  it('never starts or ends inside a Latin word', () => {
    const t =
      '“双碳”是碳达峰、碳中和两个目标的合称 China aims to peak its CO2 emissions before 2030 and reach carbon neutrality before 2060 and to keep the economy growing';
    for (let length = 10; length <= 60; length++) {
      const e = excerptAround(t, findTerms(t, ['neutrality'])!, length);
      const shown = e.segments.map((s) => s.text).join('');
      const at = t.indexOf(shown);
      expect(/[A-Za-z0-9]/.test(t[at - 1] ?? '') && /^[A-Za-z0-9]/.test(shown), `${length}: ${shown}`).toBe(false);
      expect(/[A-Za-z0-9]$/.test(shown) && /[A-Za-z0-9]/.test(t[at + shown.length] ?? ''), `${length}: ${shown}`).toBe(
        false,
      );
    }
  });

  it('starts after a dash, not with it', () => {
    const t =
      '到2026年，全区经济社会发展的主要目标是——核心竞争力跃上新高度。“四大功能”全面增强，“五型经济”能级明显提高，数字强区建成基本框架。';
    for (let length = 10; length <= 70; length++)
      expect(show(t, '五型经济', length), String(length)).not.toMatch(/^…?—/);
  });

  it('keeps a match whole even when it is longer than the window', () => {
    const q = '做大做强“首经济”“云经济”“夜经济”等，力争引入超400个知名品牌';
    expect(show(P13, q, 10)).toBe('…[做大做强“首经济”“云经济”“夜经济”等，力争引入超400个知名品牌]。…');
  });

  it('widens the window rather than cut a later match at its edge', () => {
    // No punctuation: the window's end falls inside the second match, and moves past it.
    const t = `徐汇区推动城市数字化转型并建设人工智能产业集群和人工智能创新高地${'同时持续优化营商环境'.repeat(5)}`;
    const e = excerptAround(t, findTerms(t, ['人工智能'])!, 20);
    expect(e.segments.filter((s) => s.marked).map((s) => s.text)).toEqual(['人工智能', '人工智能']);
  });

  it('marks the phrase with the quotation marks it spans', () => {
    expect(show('加快“三旧”变“三新”步伐', '三旧变三新')).toBe('加快“[三旧”变“三新]”步伐');
  });

  it('never splits a character outside the basic plane', () => {
    const t = `${'𠀋'.repeat(50)}徐${'𠀋'.repeat(50)}`;
    const e = excerptAround(t, findTerms(t, ['徐'])!, 10);
    expect([...e.segments.map((s) => s.text).join('')].every((c) => c === '徐' || c === '𠀋')).toBe(true);
  });
});

describe('resultExcerpt', () => {
  const entry = {
    text: '两极三区 liǎng jí sān qū Two Poles, Three Zones 徐汇区城区功能布局的提法。报告提出提升“两极三区”能级。',
    lead: '两极三区 liǎng jí sān qū Two Poles, Three Zones'.length,
  };
  const excerpt = (q: string, exact = false) =>
    text(resultExcerpt({ ...entry, ranges: findTerms(entry.text, queryTerms(q))! }, exact));

  it('shows the entry named as the query from after its name line, which the heading already shows', () => {
    expect(excerpt('两极三区', true)).toBe('徐汇区城区功能布局的提法。报告提出提升“[两极三区]”能级。');
    // From its gloss, even when the first match after the name line is further on.
    const long = {
      text: `${entry.text.slice(0, entry.lead)} 徐汇区城区功能布局的提法。${'报告对此有多处部署，'.repeat(10)}提升“两极三区”能级。`,
      lead: entry.lead,
    };
    expect(text(resultExcerpt({ ...long, ranges: findTerms(long.text, queryTerms('两极三区'))! }, true, 30))).toMatch(
      /^徐汇区城区功能布局的提法。报告对此有多处部署，/,
    );
  });

  it('shows another entry around its first match after the name line', () => {
    expect(excerpt('能级')).toBe('徐汇区城区功能布局的提法。报告提出提升“两极三区”[能级]。');
  });

  it('takes the name line when only it holds the query (its pinyin, say)', () => {
    expect(excerpt('liang ji')).toBe(
      '两极三区 [liǎng] [jí] sān qū Two Poles, Three Zones 徐汇区城区功能布局的提法。报告提出提升“两极三区”能级。',
    );
  });
});

describe('excerpts of the site’s records', () => {
  it('never start or end inside a number or a Latin word, for a sample of queries taken from the texts', async () => {
    const records = await collectRecords(siteSources(loadGlossary()));
    const inside = (a: string | undefined, b: string | undefined) =>
      !!a && !!b && ((/[A-Za-z0-9]/.test(a) && /[A-Za-z0-9]/.test(b)) || false);
    let seed = 2022;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 400; i++) {
      const r = records[Math.floor(random() * records.length)]!;
      const chars = [...r.text];
      const from = Math.floor(random() * (chars.length - 4));
      const q = chars
        .slice(from, from + 2 + Math.floor(random() * 3))
        .join('')
        .trim();
      const ranges = findTerms(r.text, queryTerms(q));
      if (!ranges || q.includes('"')) continue;
      const e = resultExcerpt({ ...r, ranges }, false);
      const shown = e.segments.map((s) => s.text).join('');
      const at = r.text.indexOf(shown);
      expect(at, `${r.url} ${q}`).toBeGreaterThanOrEqual(0);
      expect(inside(r.text[at - 1], shown[0]), `${r.url} ${q}: starts inside “${r.text.slice(at - 5, at + 5)}”`).toBe(
        false,
      );
      expect(
        inside(shown.at(-1), r.text[at + shown.length]),
        `${r.url} ${q}: ends inside “${r.text.slice(at + shown.length - 5, at + shown.length + 5)}”`,
      ).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { load, htmlFiles, ROOT_DIST, SUB_DIST, SUB_PATH, BUILDS } from '../helpers/dist.ts';
import { checkLinks } from '../../scripts/lib/links.ts';
import { chapters, meta, paragraphs } from '../helpers/report-data.ts';
const chapterPage = (slug: string, dir = ROOT_DIST) => load(`chapters/${slug}/index.html`, dir);

describe('chapter pages', () => {
  it('hold every paragraph exactly once, in reading order, with the report’s exact text', () => {
    const seen: number[] = [];
    for (const c of chapters) {
      const $ = chapterPage(c.slug);
      $('p[data-paragraph]').each((_, el) => {
        const n = Number($(el).attr('data-paragraph'));
        seen.push(n);
        expect($(el).attr('id')).toBe(`p${n}`);
        // Anything added inside a paragraph is marked data-annotation; the rest is the report.
        const clone = $(el).clone();
        clone.find('[data-annotation]').remove();
        expect(clone.text(), `paragraph ${n}`).toBe(paragraphs[n - 1]!.text);
        expect(paragraphs[n - 1]!.chapter).toBe(c.slug);
      });
    }
    expect(seen).toEqual(paragraphs.map((p) => p.n));
  });

  it('print each run-in head in bold at the start of its paragraph', () => {
    for (const p of paragraphs.filter((q) => q.lead)) {
      const $ = chapterPage(p.chapter);
      expect($(`#p${p.n} > strong`).first().text()).toBe(p.lead);
      expect($(`#p${p.n}`).text().startsWith(p.lead!)).toBe(true);
    }
  });

  it('give each paragraph one control in the margin, its number, which unfolds the paragraph’s link and citation', () => {
    for (const c of chapters) {
      const $ = chapterPage(c.slug);
      $('p[data-paragraph]').each((_, el) => {
        const n = $(el).attr('data-paragraph');
        const tools = $(el).siblings('details.para-tools');
        expect(tools.length).toBe(1);
        const number = tools.children('summary.para-number');
        expect(number.text()).toBe(n);
        expect(number.attr('aria-label')).toContain(`第${n}段`);
        expect(tools.find(`a[href="#p${n}"]`).length).toBe(1);
        expect(tools.find('.cite').length).toBe(1);
      });
    }
  });

  it('have the chapter title as <h1>, in the page title, with the site’s own titles marked', () => {
    for (const c of chapters) {
      const $ = chapterPage(c.slug);
      expect($('h1').length).toBe(1);
      expect($('h1').text()).toBe(c.title);
      expect($('head > title').text()).toBe(`${c.title}｜徐汇2022报告解读`); // not the maps' SVG <title>s
      expect($('.note').text().includes('本站所加')).toBe(c.titleSource === 'site');
    }
  });

  it('link each chapter to the previous and next with rel="prev"/"next"', () => {
    chapters.forEach((c, i) => {
      const $ = chapterPage(c.slug);
      const prev = chapters[i - 1];
      const next = chapters[i + 1];
      expect($('a[rel="prev"]').attr('href')).toBe(prev && `/chapters/${prev.slug}/`);
      expect($('a[rel="next"]').attr('href')).toBe(next && `/chapters/${next.slug}/`);
      expect($('link[rel="prev"]').attr('href')).toBe(prev && `/chapters/${prev.slug}/`);
    });
  });

  it('say where the newspaper continues, at the end of the last chapter', () => {
    const last = chapters.at(-1)!;
    expect(chapterPage(last.slug)('.continuation').text()).toContain(`下转第${meta.printed.continuesOnPage}版`);
  });
});

describe('every page', () => {
  it('is in its edition\'s language (lang="zh-CN", under /en/ lang="en"), with a title, a description and a skip link', () => {
    for (const f of htmlFiles()) {
      const $ = load(f);
      expect($('html').attr('lang'), f).toBe(f.startsWith('en/') ? 'en' : 'zh-CN');
      expect($('title').text().length, f).toBeGreaterThan(4);
      expect($('meta[name="description"]').attr('content')?.length, f).toBeGreaterThan(10);
      expect($('a.skip-link').attr('href'), f).toBe('#main');
      expect($('main#main').length, f).toBe(1);
    }
  });

  it('marks English text as English', () => {
    const $ = load('index.html');
    expect($('[lang="en"]').text()).toMatch(/government work report/);
  });
});

describe('the home page', () => {
  const $ = load('index.html');
  it('says what the report is: occasion, date, speaker, newspaper', () => {
    const text = $('main').text();
    for (const s of [
      '钟晓咏',
      '2022年1月5日',
      '第十七届人民代表大会第一次会议',
      '2022年1月10日',
      '2022年徐汇区“两会”专题报道',
      '第4—5版',
      '下转第6版',
    ]) {
      expect(text).toContain(s);
    }
  });
  it('lists the chapters in reading order', () => {
    expect(
      $('.chapter-list a')
        .map((_, a) => $(a).text())
        .get(),
    ).toEqual(chapters.map((c) => c.title));
  });
});

describe('links', () => {
  it.each(BUILDS)(
    'every internal link, asset and #anchor resolves, canonical links included (base %s)',
    (base, dir, origin) => {
      const { problems, checked } = checkLinks(dir, base, origin);
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(100);
    },
  );

  it('honour the sub-path: no link of the sub-path build escapes its base', () => {
    for (const f of htmlFiles(SUB_DIST)) {
      const $ = load(f, SUB_DIST);
      $('a[href^="/"], link[href^="/"], script[src^="/"]').each((_, el) => {
        const v = $(el).attr('href') ?? $(el).attr('src')!;
        expect(v.startsWith(SUB_PATH), `${f}: ${v}`).toBe(true);
      });
    }
  });
});

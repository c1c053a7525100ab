import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { load, htmlFiles, ROOT_DIST, SUB_DIST, SUB_PATH, BUILDS } from '../helpers/dist.ts';
import { chapters, paragraphs, paragraphsOf, report, summaries } from '../helpers/report-data.ts';
import { gbtCitation, apaCitation, apaInText } from '../../src/citation/formats.ts';
import { reportNames } from '../../src/config/site.ts';
import { chapterParts } from '../../src/reading/parts.ts';
import { glossaryNotes } from '../../src/reading/print-notes.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { byPinyin } from '../../src/glossary/pinyin.ts';
import { measurePage } from '../../scripts/lib/page-weight.ts';
import { JS_BUDGET, isChapterPage } from '../../scripts/lib/budget.ts';

const chapterPage = (slug: string, dir = ROOT_DIST) => load(`chapters/${slug}/index.html`, dir);
const builds = BUILDS;
/** A page's address as each build writes it: absolute where published, else the site path. */
const written = (origin: string | undefined, path: string) => `${origin ?? ''}${path}`;

describe('chapter page frame', () => {
  it('has breadcrumbs 首页 › 章节 › the chapter', () => {
    for (const c of chapters) {
      const $ = chapterPage(c.slug);
      const crumbs = $('nav.breadcrumbs a');
      expect(crumbs.map((_, a) => $(a).attr('href')).get()).toEqual(['/', '/chapters/', `/chapters/${c.slug}/`]);
      expect(crumbs.last().text()).toBe(`第${c.order}章 ${c.title}`);
      expect(crumbs.last().attr('aria-current')).toBe('page');
    }
  });

  it('opens with the site’s own summary, marked as not the report’s words: its one line, then the longer summary and the English folded', () => {
    for (const c of chapters) {
      const $ = chapterPage(c.slug);
      const aside = $('aside.chapter-summary');
      expect(aside.find('h2').text()).toContain('本站摘要');
      expect(aside.find('h2').text()).toContain('不是报告原文');
      expect(aside.find('p').first().text()).toBe(summaries[c.slug]!.line);
      const folds = aside.children('details');
      expect(folds.length).toBe(2);
      expect(folds.eq(0).find('p').text()).toBe(summaries[c.slug]!.zh);
      expect(folds.eq(1).attr('lang')).toBe('en');
      expect(folds.eq(1).find('p').text()).toContain(summaries[c.slug]!.en.slice(0, 40));
      expect(folds.eq(1).text()).toContain('not the report');
      expect(folds.filter('[open]').length).toBe(0);
      // The summary comes before the report text and is not part of it.
      expect(aside.find('[data-paragraph]').length).toBe(0);
    }
  });

  it('lists the chapter’s parts (area heading and run-in heads) as links to their paragraphs', () => {
    for (const c of chapters) {
      const $ = chapterPage(c.slug);
      const parts = chapterParts(paragraphsOf(c.slug));
      const links = $('nav.chapter-contents li a');
      if (parts.length < 2) {
        expect(links.length, c.slug).toBe(0);
        continue;
      }
      expect(links.map((_, a) => $(a).attr('href')).get()).toEqual(parts.map((p) => `#p${p.n}`));
      // Folded on phones (the report text comes first); the rail opens it on wide screens.
      expect($('nav.chapter-contents > details').attr('open')).toBeUndefined();
      expect(links.map((_, a) => $(a).text()).get()).toEqual(parts.map((p) => p.label));
      for (const part of parts) {
        // A run-in head opens its paragraph; an area heading is printed right before it.
        const p = paragraphs[part.n - 1]!;
        expect(
          part.kind === 'lead'
            ? p.lead!.includes(part.label) && $(`#p${part.n}`).text().startsWith(p.lead!)
            : p.heading === part.label,
          part.label,
        ).toBe(true);
      }
    }
  });

  it('offers 回到顶部 on long chapters only, pointing at the top of the page', () => {
    for (const c of chapters) {
      const $ = chapterPage(c.slug);
      const length = paragraphsOf(c.slug).reduce((sum, p) => sum + p.text.length, 0);
      expect($('.back-to-top a').length, c.slug).toBe(length > 1000 ? 1 : 0);
      if (length > 1000) expect($('.back-to-top a').attr('href')).toBe('#top');
    }
    expect(chapterPage('economy')('#top').is('header')).toBe(true);
  });

  it('prints its own address, and glossary notes exactly when the glossary has terms for it', () => {
    const glossary = loadGlossary();
    // The glossary's order is the dictionary's (pinyin), as on the glossary pages.
    const entries = [...glossary.entries].sort(byPinyin);
    let withNotes = 0;
    for (const c of chapters) {
      const $ = chapterPage(c.slug);
      // Without SITE_URL (this build) the page prints its path; the browser fills in the reader's address.
      expect($('.print-only.page-address').text()).toBe(`本章网址：/chapters/${c.slug}/`);
      expect($('.print-only.page-address [data-address]').attr('data-address')).toBe(`/chapters/${c.slug}/`);
      const notes = glossaryNotes(
        entries,
        glossary.occurrences,
        paragraphsOf(c.slug).map((p) => p.n),
      );
      if (notes.length) withNotes++;
      expect(
        $('.print-notes dd')
          .map((_, dd) => $(dd).text())
          .get(),
      ).toEqual(notes.map((n) => n.gloss));
      expect($('.print-notes').length, c.slug).toBe(notes.length ? 1 : 0);
      expect(
        $('.print-notes dt')
          .map((_, dt) => $(dt).text())
          .get(),
      ).toEqual(notes.map((n) => `${n.term} ${n.pinyin} ${n.english}（第${n.paragraphs.join('、')}段）`));
    }
    // With the glossary written, every chapter uses some of its terms.
    expect(withNotes).toBe(glossary.entries.length ? chapters.length : 0);
  });
});

describe('paragraph tools', () => {
  it.each(builds)(
    'give every paragraph its permalink as a site path, made absolute by the browser (base %s)',
    (base, dir) => {
      for (const c of chapters) {
        const $ = chapterPage(c.slug, dir);
        for (const p of paragraphsOf(c.slug)) {
          const tools = $(`#p${p.n}`).siblings('details.para-tools');
          expect(tools.find(`a[href="#p${p.n}"]`).length).toBe(1);
          // What 复制链接 copies: the site path its citation holds, made absolute by the browser.
          expect(tools.find('.cite-url').first().attr('data-path')).toBe(`${base}chapters/${c.slug}/#p${p.n}`);
        }
      }
    },
  );

  it.each(builds)(
    'cite every paragraph in GB/T 7714 and APA, with its published URL or a placeholder, and an access date placeholder (base %s)',
    (base, dir, origin) => {
      for (const c of chapters) {
        const $ = chapterPage(c.slug, dir);
        for (const p of paragraphsOf(c.slug)) {
          const tools = $(`#p${p.n}`).siblings('details.para-tools');
          const cite = tools.find('.cite');
          expect(cite.length, `paragraph ${p.n}`).toBe(1);
          expect(tools.attr('data-annotation')).toBeDefined();
          const path = `${base}chapters/${c.slug}/#p${p.n}`;
          const input = (url: string) => ({ meta: report.meta, names: reportNames, paragraph: p.n, url });
          expect($(`#cite-gbt-${p.n}`).text()).toBe(
            gbtCitation(input(origin ? origin + path : '〔本段网址〕'), '引用日期'),
          );
          expect($(`#cite-apa-${p.n}`).text()).toBe(
            apaCitation(input(origin ? origin + path : '[URL of this paragraph]'), 'Month Day, Year'),
          );
          expect(
            cite
              .find('.cite-url')
              .map((_, u) => $(u).attr('data-path'))
              .get(),
          ).toEqual([path, path]);
          expect(cite.text()).toContain(apaInText(input(path)));
          // Without SITE_URL the note says where to put the address.
          expect(cite.find('.access-note').text().includes('浏览器地址栏'), path).toBe(!origin);
          expect($(`#cite-gbt-${p.n} .access-date`).attr('data-style')).toBe('gbt');
          expect(cite.find('.access-note').text()).toContain('访问日期');
          // The copy buttons come with JavaScript (src/client/paragraph-tools.ts): without it there is nothing to press.
          expect(cite.find('button').length).toBe(0);
          expect(cite.find(`a[href="${base}about/source/#s${p.n}"]`).length).toBe(1);
        }
      }
    },
  );

  it('put nothing inside a paragraph: tools are its siblings', () => {
    for (const c of chapters) {
      const $ = chapterPage(c.slug);
      expect(
        $(
          'p[data-paragraph] .cite, p[data-paragraph] .para-number, p[data-paragraph] .para-tools, p[data-paragraph] button',
        ).length,
      ).toBe(0);
    }
  });
});

describe('the home page', () => {
  const $ = load('index.html');

  it('shows the five goals at a glance, from paragraphs 4–8, each linked', () => {
    const goals = paragraphs.filter((p) => p.chapter === 'five-year-goals' && p.lead);
    expect(goals.map((p) => p.n)).toEqual([4, 5, 6, 7, 8]);
    const links = $('ol.five-goals a');
    expect(links.map((_, a) => $(a).find('.goal-text').text()).get()).toEqual(
      goals.map((p) => p.lead!.replace(/^—+/, '').replace(/。$/, '')),
    );
    expect(links.map((_, a) => $(a).attr('href')).get()).toEqual(
      goals.map((p) => `/chapters/five-year-goals/#p${p.n}`),
    );
    // Cards that are links say so: where they lead.
    expect(links.map((_, a) => $(a).find('.goal-go').text()).get()).toEqual(goals.map((p) => `读原文 第${p.n}段`));
  });

  it('gives every chapter a one-line summary, marked as the site’s', () => {
    const items = $('.chapter-list li');
    expect(items.length).toBe(chapters.length);
    chapters.forEach((c, i) => expect(items.eq(i).find('.chapter-line').text()).toBe(summaries[c.slug]!.line));
    expect($('main').text()).toContain('本站的概括，不是报告原文');
  });

  it('opens with what the site is and where the text comes from, in a line each, then the chapters and the goals', () => {
    const intro = $('section.intro');
    expect(intro.find('p').length).toBe(2);
    expect(intro.find('a[href="/about/"]').length).toBe(1);
    expect($('*').index($('.chapter-list'))).toBeGreaterThan($('*').index(intro));
    expect($('*').index($('ol.five-goals'))).toBeGreaterThan($('*').index($('.chapter-list')));
  });

  it('shows the key figures after the goals, then the zones map with a link to the other maps', () => {
    expect($('#goals-heading').length).toBe(1);
    expect($('section.key-figures').length).toBe(1);
    expect($('*').index($('section.key-figures'))).toBeGreaterThan($('*').index($('ol.five-goals')));
    const map = $('section.home-zones figure[data-zone-map] svg.zm-svg');
    expect(map.length).toBe(1);
    expect($('*').index(map)).toBeGreaterThan($('*').index($('section.key-figures')));
    expect($('section.home-zones a[href="/maps/"]').length).toBe(1);
  });
});

describe('sharing and finding', () => {
  it.each(builds)(
    'every page has Open Graph and Twitter tags and JSON-LD, and a canonical URL and og:url where published (base %s)',
    (base, dir, origin) => {
      for (const f of htmlFiles(dir).filter((f) => f !== '404.html')) {
        const $ = load(f, dir);
        const path = `${base}${f.replace(/index\.html$/, '')}`;
        const canonical = origin && origin + path;
        expect($('link[rel="canonical"]').attr('href'), f).toBe(canonical);
        expect($('meta[property="og:url"]').attr('content'), f).toBe(canonical);
        expect($('meta[property="og:title"]').attr('content')?.length, f).toBeGreaterThan(1);
        expect($('meta[property="og:description"]').attr('content'), f).toBe(
          $('meta[name="description"]').attr('content'),
        );
        expect($('meta[name="twitter:card"]').attr('content'), f).toBe('summary');
        const ld = JSON.parse($('script[type="application/ld+json"]').html()!);
        const types = ld['@graph'].map((n: { '@type': string }) => n['@type']);
        expect(types, f).toEqual(['WebSite', 'Report', 'WebPage']);
        const [site, rep, page] = ld['@graph'];
        expect(site.url).toBe(written(origin, base));
        expect(rep.author.name).toBe(report.meta.speaker.name);
        expect(rep.dateCreated).toBe(report.meta.delivered.date);
        expect(page['@id']).toBe(written(origin, path));
        // The icon is inline (no request); the manifest is linked from the home page, the app's start page.
        expect($('link[rel="icon"]').attr('href'), f).toMatch(/^data:image\/svg\+xml,/);
        const isHome = f === 'index.html';
        expect($('link[rel="manifest"]').attr('href'), f).toBe(isHome ? `${base}manifest.webmanifest` : undefined);
        // The home page describes the report in full, other pages point to it.
        expect(rep.datePublished, f).toBe(isHome ? report.meta.printed.date : undefined);
      }
    },
  );

  it('the 404 page is neither indexed nor canonicalised', () => {
    const $ = load('404.html');
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
    expect($('link[rel="canonical"]').length).toBe(0);
    expect($('meta[property^="og:"]').length).toBe(0);
  });

  it('a published build: its sitemap lists every page but the 404 page, and robots.txt points at it', () => {
    const site = `https://example.org${SUB_PATH}`;
    const index = readFileSync(join(SUB_DIST, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${site}sitemap-0.xml</loc>`);
    const locs = [...readFileSync(join(SUB_DIST, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => m[1],
    );
    const pages = htmlFiles(SUB_DIST)
      .filter((f) => f !== '404.html')
      .map((f) => `${site}${f.replace(/index\.html$/, '')}`);
    expect([...locs].sort()).toEqual([...pages].sort());
    expect(readFileSync(join(SUB_DIST, 'robots.txt'), 'utf8')).toMatch(
      new RegExp(`^Sitemap: ${site}sitemap-index\\.xml$`, 'm'),
    );
  });

  it('a build without SITE_URL has no sitemap, and robots.txt names none (a sitemap needs absolute addresses)', () => {
    expect(existsSync(join(ROOT_DIST, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(ROOT_DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
  });

  it.each(builds)('the web app manifest names the site and starts at the base (base %s)', (base, dir) => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.name).toBe('徐汇2022报告解读');
    expect(manifest.lang).toBe('zh-CN');
    expect(manifest.start_url).toBe(base);
    for (const icon of manifest.icons) expect(existsSync(join(dir, icon.src.slice(base.length)))).toBe(true);
  });
});

describe('themes', () => {
  it('apply a remembered theme in <head> before any style, so the page never flashes the other one', () => {
    for (const f of htmlFiles()) {
      const $ = load(f);
      const first = $('head').children('script, style, link[rel="stylesheet"]').first();
      expect(first.is('script:not([src]):not([type])'), f).toBe(true);
      // It reads the remembered choice (localStorage's `theme`, written short: Base.astro) and sets data-theme.
      expect(first.html()).toMatch(/localStorage/);
      expect(first.html()).toMatch(/\.theme=t/);
    }
  });

  it('hide the switch until its script runs', () => {
    expect(load('index.html')('button[data-theme-switch]').attr('hidden')).toBeDefined();
  });
});

describe('/about/', () => {
  const $ = load('about/index.html');
  const text = $('main').text();

  it('says where the text comes from and that it stops where the newspaper continues', () => {
    for (const s of [
      report.meta.speaker.name,
      report.meta.printed.section,
      report.record.seed,
      `下转第${report.meta.printed.continuesOnPage}版`,
      '要重点抓好以下六方面工作',
      '其中4个方面',
      `到第${paragraphs.length}段为止`,
    ]) {
      expect(text).toContain(s);
    }
  });

  it('reports the ingest’s record in numbers', () => {
    const s = report.record.stats;
    const list = $('[data-ingest-record]').text();
    for (const n of [
      s.seedLines,
      s.blankLines,
      s.furnitureLines,
      s.liftedLines,
      s.linesJoined,
      s.spacesRemoved,
      s.paragraphs,
      s.bodyCharacters,
    ]) {
      expect(list).toContain(String(n));
    }
    for (const d of report.record.dropped) expect($('.dropped pre').text()).toContain(d.raw[0]);
  });

  it('says who wrote the summaries, and what to report where a channel for mistakes is given', () => {
    expect($('#authorship').parent().text()).toContain('由本站编写');
    // The published build has a channel (FEEDBACK_URL); this one has none and says so (tests/build/deploy.test.ts).
    expect(load('about/index.html', SUB_DIST)('#mistakes').parent().text()).toContain('段落编号');
  });
});

describe('/about/source/', () => {
  const $ = load('about/source/index.html');

  it('shows, for every paragraph, its extraction lines verbatim beside the cleaned text', () => {
    for (const p of paragraphs) {
      const entry = $(`#s${p.n}`);
      expect(entry.length, `paragraph ${p.n}`).toBe(1);
      const lines = entry.find('li[data-line]');
      expect(lines.map((_, li) => Number($(li).attr('data-line'))).get()).toEqual(p.source.map((l) => l.line));
      expect(lines.map((_, li) => $(li).find('code').text()).get()).toEqual(p.source.map((l) => l.text));
      expect(entry.find('.clean-text').text()).toBe(p.text);
      expect(entry.find('h3 a').attr('href')).toBe(`/chapters/${p.chapter}/#p${p.n}`);
    }
  });

  it('marks where the displaced block interrupts a paragraph', () => {
    const [from, to] = report.record.lifted.lines;
    expect($('.gap').text()).toMatch(new RegExp(`第\\d+—${to}行不属于本段（分页插入的标题和署名`));
    expect(from).toBeLessThan(to);
  });
});

describe('page weight', () => {
  it('chapter pages, in both editions, load at most 10 KB of JavaScript (gzip) before the reader interacts', () => {
    const pages = htmlFiles().filter(isChapterPage);
    expect(pages.length).toBe(2 * chapters.length);
    for (const page of pages) expect(measurePage(ROOT_DIST, '/', page).js, page).toBeLessThanOrEqual(JS_BUDGET);
  });
});

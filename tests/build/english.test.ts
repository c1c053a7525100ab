/**
 * The English edition (issue #17) as built: every paragraph on its English
 * page, with its number and its Chinese original; the language of every piece
 * of text; the two editions linked both ways (hreflang, the language switch,
 * the sitemap); the notice on every English page; citations that name the
 * original and the translation.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CheerioAPI } from 'cheerio';
import { load, htmlFiles, ROOT_DIST, SUB_DIST, SUB_PATH, SUB_ORIGIN, BUILDS } from '../helpers/dist.ts';
import { chapters, meta, paragraphs } from '../helpers/report-data.ts';
import { readTranslation } from '../../src/translation/load.ts';
import { counterpart } from '../../src/i18n/lang.ts';
import { reportNames, site } from '../../src/config/site.ts';
import { checkLinks } from '../../scripts/lib/links.ts';

const translation = readTranslation();
const english = (dir = ROOT_DIST) => htmlFiles(dir).filter((f) => f.startsWith('en/'));
const enChapter = (slug: string, dir = ROOT_DIST) => load(`en/chapters/${slug}/index.html`, dir);
/** A built file's site path: en/chapters/economy/index.html → /en/chapters/economy/. */
const sitePathOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
/** A page's text without what the site adds inside it (data-annotation). */
const ownText = ($: CheerioAPI, selector: string) => {
  const clone = $(selector).clone();
  clone.find('[data-annotation]').remove();
  return clone.text();
};

describe('the English chapter pages', () => {
  it('hold every one of the 27 paragraphs once, in order, each with its number, its anchor and its English', () => {
    const seen: number[] = [];
    for (const c of chapters) {
      const $ = enChapter(c.slug);
      $('[data-paragraph]').each((_, el) => {
        const n = Number($(el).attr('data-paragraph'));
        seen.push(n);
        const t = translation.byN.get(n)!;
        expect(t.chapter, `paragraph ${n}`).toBe(c.slug);
        expect($(el).attr('id')).toBe(`p${n}`);
        // The number in the margin opens the paragraph's menu, right before the paragraph.
        expect($(el).prev('details.para-tools').find('summary.para-number').text()).toBe(String(n));
        expect($(el).children('p.para-en').text(), `paragraph ${n}`).toBe(t.lead ? `${t.lead} ${t.text}` : t.text);
        if (t.lead) expect($(el).find('p.para-en > strong').first().text()).toBe(t.lead);
      });
    }
    expect(seen).toEqual(paragraphs.map((p) => p.n));
    expect(seen).toHaveLength(27);
  });

  it('give each paragraph its Chinese original, the report’s exact text, in a fold marked zh-CN', () => {
    for (const p of paragraphs) {
      const $ = enChapter(p.chapter);
      const fold = $(`#p${p.n} > details.para-zh`);
      expect(fold.attr('lang')).toBe('zh-CN');
      expect(fold.children('summary').attr('data-annotation')).toBeDefined();
      expect(fold.children('p').text(), `paragraph ${p.n}`).toBe(p.text);
      if (p.lead) expect(fold.find('p > strong').text()).toBe(p.lead);
    }
  });

  it('have the chapter’s English title, its Chinese beside it, and prev/next in the English edition', () => {
    for (const c of chapters) {
      const $ = enChapter(c.slug);
      expect($('h1').text()).toBe(c.titleEn);
      expect($('[lang="zh-CN"]').filter((_, e) => $(e).text() === c.title).length, c.slug).toBeGreaterThan(0);
      for (const rel of ['prev', 'next']) {
        const href = $(`link[rel="${rel}"]`).attr('href');
        if (href) expect(href, `${c.slug} ${rel}`).toMatch(/^\/en\/chapters\/[a-z0-9-]+\/$/);
      }
    }
  });
});

describe('language', () => {
  it('every English page is lang="en"; the Chinese pages stay zh-CN', () => {
    for (const f of htmlFiles()) expect(load(f)('html').attr('lang'), f).toBe(f.startsWith('en/') ? 'en' : 'zh-CN');
  });

  it('on an English page, every piece of Chinese is inside an element marked zh-CN', () => {
    const unmarked: string[] = [];
    for (const f of english()) {
      const $ = load(f);
      $('body *')
        .contents()
        .each((_, n) => {
          if (n.type !== 'text' || !/\p{Script=Han}/u.test(n.data)) return;
          const parent = $(n.parent!);
          if (parent.is('script, style, noscript')) return;
          if (!parent.closest('[lang]').attr('lang')?.startsWith('zh'))
            unmarked.push(`${f}: ${n.data.trim().slice(0, 60)}`);
        });
    }
    expect(unmarked).toEqual([]);
  });
});

describe('the two editions linked both ways', () => {
  it.each(BUILDS)(
    'hreflang pairs: zh-CN, en and x-default (the Chinese), each pointing back (base %s)',
    (base, dir, origin) => {
      let pairs = 0;
      for (const f of htmlFiles(dir)) {
        const $ = load(f, dir);
        const links = Object.fromEntries(
          $('link[rel="alternate"][hreflang]')
            .map((_, l) => [[$(l).attr('hreflang')!, $(l).attr('href')!]])
            .get(),
        );
        const here = sitePathOf(f);
        const other = f === '404.html' ? undefined : counterpart(here);
        if (!other) {
          expect(links, f).toEqual({});
          continue;
        }
        pairs++;
        const address = (p: string) => `${origin ?? ''}${base}${p.slice(1)}`;
        const [zh, en] = here.startsWith('/en/') ? [other, here] : [here, other];
        expect(links, f).toEqual({ 'zh-CN': address(zh), en: address(en), 'x-default': address(zh) });
        // The other page exists and says the same.
        const back = load(`${other.slice(1)}index.html`, dir);
        expect(
          back(`link[rel="alternate"][hreflang="${here.startsWith('/en/') ? 'en' : 'zh-CN'}"]`).attr('href'),
          f,
        ).toBe(address(here));
      }
      // Every English page has its Chinese counterpart.
      expect(pairs).toBe(2 * english(dir).length);
    },
  );

  it('the header’s language switch goes to the same page in the other edition', () => {
    for (const f of htmlFiles()) {
      if (f === '404.html') continue;
      const $ = load(f);
      const a = $('header a.lang-switch');
      expect(a.length, f).toBe(1);
      const other = counterpart(sitePathOf(f));
      const en = f.startsWith('en/');
      // A Chinese page with no English counterpart (maps, indicators, the source view) offers the English home page.
      expect(a.attr('href'), f).toBe(other ?? '/en/');
      expect(a.attr('hreflang'), f).toBe(en ? 'zh-CN' : 'en');
      expect(a.attr('lang'), f).toBe(en ? 'zh-CN' : 'en');
    }
  });

  it('every link from an English page into the Chinese edition says so (hreflang="zh-CN")', () => {
    const unsaid: string[] = [];
    for (const f of english()) {
      const $ = load(f);
      $('body a[href^="/"]').each((_, a) => {
        const href = $(a).attr('href')!;
        if (href.startsWith('/en/') || /\.(json|csv)$/.test(href.split('#')[0]!)) return;
        if ($(a).attr('hreflang') !== 'zh-CN') unsaid.push(`${f}: ${href}`);
      });
    }
    expect(unsaid).toEqual([]);
  });

  it.each(BUILDS)('every internal link and #anchor of the English pages resolves (base %s)', (base, dir, origin) => {
    // checkLinks covers the whole site (tests/build/chapters.test.ts); here: that it reached the English pages.
    const { problems, checked } = checkLinks(dir, base, origin);
    expect(problems.filter((p) => p.page.startsWith('en/'))).toEqual([]);
    expect(checked).toBeGreaterThan(english(dir).length);
    const $ = enChapter('economy', dir);
    const terms = $('a.term')
      .map((_, a) => $(a).attr('href')!)
      .get();
    expect(terms.length).toBeGreaterThan(0);
    for (const t of terms) expect(t).toMatch(new RegExp(`^${base}en/glossary/[a-z0-9-]+/$`));
  });

  it('the sitemap of a published build lists both editions, each page with its alternates and the Chinese as x-default', () => {
    const xml = readFileSync(join(SUB_DIST, 'sitemap-0.xml'), 'utf8');
    const urls = [...xml.matchAll(/<url>(.*?)<\/url>/gs)].map((m) => ({
      loc: m[1]!.match(/<loc>([^<]+)<\/loc>/)![1]!,
      links: Object.fromEntries(
        [...m[1]!.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => [
          l[1]!,
          l[2]!,
        ]),
      ),
    }));
    const site = `${SUB_ORIGIN}${SUB_PATH}`;
    const pages = htmlFiles(SUB_DIST).filter((f) => f !== '404.html');
    expect(urls.map((u) => u.loc).sort()).toEqual(pages.map((f) => `${site}${f.replace(/index\.html$/, '')}`).sort());
    expect(english(SUB_DIST).length).toBeGreaterThan(170);
    for (const u of urls) {
      // The sitemap says what the page's own <link rel="alternate"> say.
      const file = `${u.loc.slice(site.length)}index.html`;
      const $ = load(file, SUB_DIST);
      const own = Object.fromEntries(
        $('link[rel="alternate"][hreflang]')
          .map((_, l) => [[$(l).attr('hreflang')!, $(l).attr('href')!]])
          .get(),
      );
      expect(u.links, u.loc).toEqual(own);
    }
  });
});

describe('the notice', () => {
  it.each(BUILDS)(
    'opens <main> on every English page: unofficial, the Chinese authoritative, a link to how it was made (base %s)',
    (base, dir) => {
      for (const f of english(dir)) {
        const $ = load(f, dir);
        const notice = $('main .edition-notice');
        expect(notice.length, f).toBe(1);
        expect(notice.text(), f).toMatch(/Unofficial translation.*the Chinese original is the authoritative text/);
        expect(notice.find('a').attr('href'), f).toBe(`${base}en/about/#translation`);
      }
      const $ = load('en/about/index.html', dir);
      expect($('#translation').length).toBe(1);
    },
  );

  it('is on no Chinese page', () => {
    for (const f of htmlFiles().filter((g) => !g.startsWith('en/')))
      expect(load(f)('.edition-notice').length, f).toBe(0);
  });
});

describe('citations of an English paragraph', () => {
  it.each(BUILDS)(
    'name the translation (unofficial, by the site, its English address) and the original report (base %s)',
    (base, dir, origin) => {
      for (const p of paragraphs) {
        const $ = enChapter(p.chapter, dir);
        const address = origin ? `${origin}${base}en/chapters/${p.chapter}/#p${p.n}` : '[URL of this paragraph]';
        for (const style of ['gbt', 'apa']) {
          const text = $(`#cite-${style}-${p.n}`).text();
          expect(text, `${style} ${p.n}`).toContain(address);
          expect(text).toContain(site.nameEn);
          expect(text).toMatch(/unofficial/i);
          expect(text).toContain(reportNames.pageTitleEn.slice(1));
          // The original: its Chinese title and where it was printed.
          expect(text).toContain(meta.printed.pageTitle);
          expect(text).toContain(meta.printed.section);
        }
        expect($(`#cite-gbt-${p.n}`).text()).toMatch(/Translation of: /);
        expect($(`#cite-apa-${p.n}`).text()).toMatch(/Trans\.;.*\(Original work published 2022 as /);
        // The Chinese inside the citation is marked as Chinese.
        expect($(`#cite-gbt-${p.n} [lang="zh-CN"]`).first().text()).toBe(meta.speaker.name);
      }
    },
  );

  it('and the Chinese pages’ citations stay as they were (no translation named)', () => {
    const $ = load('chapters/economy/index.html');
    expect($('#cite-gbt-13').text()).not.toMatch(/translation|Trans\./i);
    expect(ownText($, '#p13')).toBe(paragraphs[12]!.text);
  });
});

describe('the English pages’ Content-Security-Policy', () => {
  const policy = (f: string) => load(f)('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
  it('grants the English search page what Pagefind needs, and no other English page', () => {
    expect(policy('en/search/index.html')).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy('en/search/index.html')).toMatch(/connect-src 'self'/);
    for (const f of english().filter((g) => g !== 'en/search/index.html')) {
      expect(policy(f), f).not.toMatch(/wasm-unsafe-eval|connect-src/);
      expect(policy(f), f).toMatch(/^default-src 'none'/);
    }
  });
});

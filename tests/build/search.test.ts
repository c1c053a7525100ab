import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFiles, load, ROOT_DIST, SUB_DIST, SUB_PATH } from '../helpers/dist.ts';
import { readEntry, readFragments } from '../helpers/pagefind.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { collectRecords } from '../../src/search/build-index.ts';
import { siteSources } from '../../src/search/sources/index.ts';
import { loadIndicators } from '../../src/indicators/load.ts';
import { loadZones } from '../../src/zones/load.ts';
import { paragraphs } from '../helpers/report-data.ts';

const records = await collectRecords(siteSources(loadGlossary()));
const chapterSlugs = [...new Set(paragraphs.map((p) => p.chapter))];
const builds = [
  { dir: ROOT_DIST, base: '/' },
  { dir: SUB_DIST, base: SUB_PATH },
];

describe.each(builds)('the search index in $dir', ({ dir }) => {
  it('is one Chinese index with one entry per record: every paragraph, glossary entry, indicator, zone and zone group', async () => {
    const entry = readEntry(dir);
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBe(records.length);
    expect(records.filter((r) => r.kind === 'chapter').length).toBe(paragraphs.length);
    expect(records.filter((r) => r.kind === 'glossary').length).toBe(loadGlossary().entries.length);
    expect(records.filter((r) => r.kind === 'indicator').length).toBe(loadIndicators().length);
    const zones = await loadZones();
    expect(records.filter((r) => r.kind === 'zone').length).toBe(zones.zones.length + zones.groups.length);
  });

  it('stores for every record its site path (no base), its text unchanged, its kind, chapters and place', () => {
    const stored = new Map(readFragments(dir).map((f) => [f.url, f]));
    expect([...stored.keys()].sort()).toEqual(records.map((r) => r.url).sort());
    for (const r of records) {
      const f = stored.get(r.url)!;
      expect(f.content, r.url).toBe(r.text);
      expect(f.meta).toMatchObject({ title: r.title, kind: r.kind });
      expect(f.filters.kind).toEqual([r.kind]);
      expect(f.filters.chapter ?? []).toEqual(r.chapters);
      if (r.kind === 'chapter') expect(r.url).toMatch(/^\/chapters\/[a-z0-9-]+\/#p\d+$/);
    }
  });

  it('ships only the files the site uses (no ready-made Pagefind UI or playground)', () => {
    const files = readdirSync(join(dir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((f) => /ui|highlight|playground/.test(f))).toEqual([]);
  });
});

describe.each(builds)('the search box in $dir', ({ dir, base }) => {
  it('is in the header of every page but the search page: a GET form to the search page', () => {
    for (const page of htmlFiles(dir)) {
      const $ = load(page, dir);
      const form = $('header.site-header form[role="search"]');
      if (page === 'search/index.html' || page === '404.html') {
        if (page === 'search/index.html') expect(form.length, page).toBe(0);
        continue;
      }
      expect(form.length, page).toBe(1);
      expect(form.attr('action')).toBe(`${base}search/`);
      expect(form.attr('method')).toBe('get');
      expect(form.find('input[type="search"][name="q"][data-search-input]').length).toBe(1);
    }
  });
});

describe.each(builds)('/search/ in $dir', ({ dir, base }) => {
  const $ = load('search/index.html', dir);
  it('is a Chinese page (Pagefind segments by the page language) with its own search form', () => {
    expect($('html').attr('lang')).toBe('zh-CN');
    expect($('main form[role="search"]').attr('action')).toBe(`${base}search/`);
    expect($('main input#search-q[name="q"]').length).toBe(1);
    expect($('label[for="search-q"]').text()).toBe('要查找的文字');
  });

  it('says, without JavaScript, that search needs it, and links to every chapter and the glossary', () => {
    expect($('noscript').length).toBe(1);
    // The parser keeps <noscript> content as text, as a browser with scripting on does.
    const noscript = $('noscript').html() ?? '';
    expect(noscript).toContain('搜索需要启用 JavaScript');
    const hrefs = [...noscript.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([...chapterSlugs.map((s) => `${base}chapters/${s}/`), `${base}glossary/`]);
  });
});

/** The module scripts a page loads before any interaction: its <script src> and their static imports. */
function staticScripts(dir: string, page: string): string[] {
  const $ = load(page, dir);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)) visit(join(file, '..', m[1]!));
  };
  $('script[type="module"][src]').each((_, s) => visit($(s).attr('src')!.replace(/^\//, '')));
  return [...seen];
}

describe('no search code before the reader searches', () => {
  const pages = htmlFiles(ROOT_DIST).filter((p) => p !== 'search/index.html');

  it('no page but /search/ loads Pagefind or the search code up front', () => {
    for (const page of pages) {
      const html = readFileSync(join(ROOT_DIST, page), 'utf8');
      const code = staticScripts(ROOT_DIST, page).map((f) => readFileSync(join(ROOT_DIST, f), 'utf8')).join('\n');
      expect(html + code, page).not.toMatch(/pagefind|searchChecked/i);
    }
    const searchCode = staticScripts(ROOT_DIST, 'search/index.html').map((f) => readFileSync(join(ROOT_DIST, f), 'utf8')).join('\n');
    expect(searchCode).toContain('pagefind/pagefind.js');
  });

  it('keeps every chapter page within 10 KB of gzipped JavaScript before interaction', () => {
    for (const slug of chapterSlugs) {
      const page = `chapters/${slug}/index.html`;
      const $ = load(page);
      const inline = $('script:not([src]):not([type="application/json"])').map((_, s) => $(s).html() ?? '').get().join('\n');
      const files = staticScripts(ROOT_DIST, page).map((f) => readFileSync(join(ROOT_DIST, f)));
      const bytes = gzipSync(Buffer.concat([Buffer.from(inline), ...files])).length;
      expect(bytes, page).toBeLessThan(10 * 1024);
    }
  });

  it('the header script only loads the highlighter when a result link brought the reader here', () => {
    const $ = load('chapters/economy/index.html');
    const code = $('script:not([src])').map((_, s) => $(s).html() ?? '').get().find((c) => c.includes('highlight='));
    expect(code).toBeDefined();
    // The highlighter's address, imported only behind the ?highlight= test.
    const [, path] = code!.match(/"(\/scripts\/highlight-landing\.[\w]+\.js)"/) ?? [];
    expect(path).toBeDefined();
    expect(existsSync(join(ROOT_DIST, path!))).toBe(true);
    expect(code).toMatch(/highlight=[^;]*&&import\(\w+\)/);
  });
});

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { htmlFiles, load, ROOT_DIST, SUB_DIST, SUB_PATH } from '../helpers/dist.ts';
import { readCatalogue, readEntry, readMeta, readTexts } from '../helpers/pagefind.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { collectRecords } from '../../src/search/build-index.ts';
import { siteSources } from '../../src/search/sources/index.ts';
import { loadIndicators } from '../../src/indicators/load.ts';
import { loadZones } from '../../src/zones/load.ts';
import { paragraphs } from '../helpers/report-data.ts';

const records = await collectRecords(siteSources(loadGlossary()));
const chapterSlugs = [...new Set(paragraphs.map((p) => p.chapter))];
/** The search page of each edition. */
const SEARCH_PAGES = ['search/index.html', 'en/search/index.html'];

const builds = [
  { dir: ROOT_DIST, base: '/' },
  { dir: SUB_DIST, base: SUB_PATH },
];

describe.each(builds)('what search ships in $dir', ({ dir, base }) => {
  const catalogue = readCatalogue(dir);
  const $ = load('search/index.html', dir);

  it('is one Chinese Pagefind index with one entry per record: every paragraph, glossary entry, indicator, zone and zone group', async () => {
    const entry = readEntry(dir);
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBe(records.length);
    expect(records.filter((r) => r.kind === 'chapter').length).toBe(paragraphs.length);
    expect(records.filter((r) => r.kind === 'glossary').length).toBe(loadGlossary().entries.length);
    expect(records.filter((r) => r.kind === 'indicator').length).toBe(loadIndicators().length);
    const zones = await loadZones();
    expect(records.filter((r) => r.kind === 'zone').length).toBe(zones.zones.length + zones.groups.length);
  });

  it('has text files holding every record once, in the order of the sources, its text and place unchanged', () => {
    const stored = catalogue.files.flatMap((f) =>
      readTexts(dir, f.file).map((t, i) => ({ ...t, kind: f.kind, names: f.names[i], id: f.ids[i] })),
    );
    expect(stored.map((t) => t.url)).toEqual(records.map((r) => r.url));
    records.forEach((r, i) => {
      const { kind, url, title, text, chapters, context, contextLang, paragraph, lead } = r;
      expect(stored[i], r.url).toEqual({
        kind,
        url,
        title,
        text,
        chapters,
        context,
        contextLang,
        paragraph,
        lead,
        names: r.names ?? [],
        id: stored[i]!.id,
      });
      if (r.kind === 'chapter') expect(r.url).toMatch(/^\/chapters\/[a-z0-9-]+\/#p\d+$/);
    });
    for (const f of catalogue.files) expect(f.ids.length, f.file).toBe(readTexts(dir, f.file).length);
  });

  it('names each record by its Pagefind id in the catalogue, once', () => {
    const ids = catalogue.files.flatMap((f) => f.ids);
    expect(new Set(ids).size).toBe(records.length);
    const meta = readMeta(dir).toString('latin1');
    for (const id of ids) expect(meta.includes(id), id).toBe(true);
  });

  it('cuts the text into a few files of one kind each, small enough to fetch for a query (at most 12 KB with gzip)', () => {
    expect(catalogue.files.length).toBeLessThanOrEqual(16);
    for (const f of catalogue.files) {
      expect(f.file).toMatch(new RegExp(`^/search/texts/${f.kind}(-\\d+)?\\.[0-9a-f]{10}\\.json$`));
      expect(gzipSync(readFileSync(join(dir, f.file))).length, f.file).toBeLessThan(12 * 1024);
    }
  });

  it('cuts Pagefind’s word index into small chunks (its unstable chunk-size setting took effect)', () => {
    const chunks = readdirSync(join(dir, 'pagefind', 'index'));
    expect(chunks.length).toBeGreaterThan(20);
    for (const c of chunks) expect(statSync(join(dir, 'pagefind', 'index', c)).size, c).toBeLessThan(6 * 1024);
  });

  it('ships only the Pagefind files the site uses (no fragments, filters, worker, ready-made UI or playground)', () => {
    const files = readdirSync(join(dir, 'pagefind')).sort();
    expect(
      files.filter(
        (f) =>
          !/^(pagefind\.js|pagefind-entry\.json|pagefind\.zh-cn_\w+\.pf_meta|wasm\.unknown\.pagefind|index)$/.test(f),
      ),
    ).toEqual([]);
    expect(files).toContain('pagefind.js');
  });

  it('has the search page fetch, as it opens, Pagefind’s script, entry, metadata and WebAssembly and the report’s text', () => {
    const { hash } = readEntry(dir).languages['zh-cn']!;
    expect(catalogue.tag).toBe(hash);
    expect(
      $('link[rel="modulepreload"]')
        .map((_, l) => $(l).attr('href'))
        .get(),
    ).toEqual([`${base}pagefind/pagefind.js`]);
    const fetched = $('link[rel="preload"][as="fetch"]')
      .map((_, l) => $(l).attr('href'))
      .get();
    expect(fetched).toEqual([
      `${base}pagefind/pagefind-entry.json?ts=${hash}`,
      `${base}pagefind/pagefind.${hash}.pf_meta`,
      `${base}pagefind/wasm.unknown.pagefind`,
      `${base}${catalogue.files.find((f) => f.kind === 'chapter')!.file.slice(1)}`,
    ]);
    // Same mode and credentials as Pagefind's fetch(), or the browser fetches each file twice.
    expect(
      $('link[rel="preload"]')
        .map((_, l) => $(l).attr('crossorigin'))
        .get(),
    ).toEqual(Array(fetched.length).fill('anonymous'));
    for (const href of fetched)
      expect(existsSync(join(dir, href.slice(base.length).replace(/\?.*$/, ''))), href).toBe(true);
  });
});

describe.each(builds)('the search box in $dir', ({ dir, base }) => {
  it('is in the header of every page but the search page: a GET form to the search page', () => {
    for (const page of htmlFiles(dir)) {
      const $ = load(page, dir);
      const form = $('header.site-header form[role="search"]');
      if (SEARCH_PAGES.includes(page) || page === '404.html') {
        if (page !== '404.html') expect(form.length, page).toBe(0);
        continue;
      }
      // Each edition searches on its own search page.
      const edition = page.startsWith('en/') ? 'en/' : '';
      expect(form.length, page).toBe(1);
      expect(form.attr('action'), page).toBe(`${base}${edition}search/`);
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
  const pages = htmlFiles(ROOT_DIST).filter((p) => !SEARCH_PAGES.includes(p));

  it('no page but /search/ and /en/search/ loads Pagefind or the search code up front', () => {
    for (const page of pages) {
      const html = readFileSync(join(ROOT_DIST, page), 'utf8');
      const code = staticScripts(ROOT_DIST, page)
        .map((f) => readFileSync(join(ROOT_DIST, f), 'utf8'))
        .join('\n');
      expect(html + code, page).not.toMatch(/pagefind|searchChecked/i);
    }
    // Each search page names its edition's Pagefind (in its catalogue, src/search/catalogue.ts) and its code loads it.
    for (const page of SEARCH_PAGES) {
      const html = readFileSync(join(ROOT_DIST, page), 'utf8');
      const searchCode = staticScripts(ROOT_DIST, page)
        .map((f) => readFileSync(join(ROOT_DIST, f), 'utf8'))
        .join('\n');
      const edition = page.startsWith('en/') ? '/en/' : '/';
      expect(html, page).toContain(`"pagefind":"${edition}pagefind/pagefind.js"`);
      expect(searchCode, page).toMatch(/\.pagefind\b/);
    }
  });

  it('keeps every chapter page within 10 KB of gzipped JavaScript before interaction', () => {
    for (const slug of chapterSlugs) {
      const page = `chapters/${slug}/index.html`;
      const $ = load(page);
      const inline = $('script:not([src]):not([type="application/json"])')
        .map((_, s) => $(s).html() ?? '')
        .get()
        .join('\n');
      const files = staticScripts(ROOT_DIST, page).map((f) => readFileSync(join(ROOT_DIST, f)));
      const bytes = gzipSync(Buffer.concat([Buffer.from(inline), ...files])).length;
      expect(bytes, page).toBeLessThan(10 * 1024);
    }
  });

  it('the header script only loads the highlighter when a result link brought the reader here', () => {
    const $ = load('chapters/economy/index.html');
    const code = $('script:not([src])')
      .map((_, s) => $(s).html() ?? '')
      .get()
      .find((c) => c.includes('highlight='));
    expect(code).toBeDefined();
    // The highlighter's address, imported only behind the ?highlight= test.
    const [, path] = code!.match(/"(\/scripts\/highlight-landing\.[\w]+\.js)"/) ?? [];
    expect(path).toBeDefined();
    expect(existsSync(join(ROOT_DIST, path!))).toBe(true);
    expect(code).toMatch(/highlight=[^;]*&&import\(\w+\)/);
  });
});

import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage } from '../../scripts/lib/browser.ts';
import { servedSites } from '../helpers/sites.ts';
import { SUB_PATH } from '../helpers/dist.ts';
import { holdsQuery } from '../../src/search/match.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { collectRecords } from '../../src/search/build-index.ts';
import { siteSources } from '../../src/search/sources/index.ts';
import { KIND_KEYS, KINDS } from '../../src/search/record.ts';
import { paragraphs } from '../helpers/report-data.ts';

const records = await collectRecords(siteSources(loadGlossary()));
const expectedUrls = (q: string) =>
  records
    .filter((r) => holdsQuery(r.text, q))
    .map((r) => r.url)
    .sort();
const expectedCount = (q: string, kind: string) =>
  records.filter((r) => r.kind === kind && holdsQuery(r.text, q)).length;

const sites = servedSites();

/** Waits until the search page shows the results for `q`. */
async function resultsFor(page: Page, q: string) {
  await page.waitForFunction((q) => {
    const out = document.querySelector<HTMLElement>('[data-search-output]');
    return out?.dataset.query === q && out.dataset.state === 'done' && !out.hasAttribute('aria-busy');
  }, q);
  return page.$$eval('[data-search-results] li.result', (lis) =>
    lis.map((li) => ({
      kind: li.getAttribute('data-kind')!,
      href: li.querySelector('a')!.getAttribute('href')!,
      head: li.querySelector('.result-head')!.textContent!,
      marks: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent),
    })),
  );
}
/** A result link as the record URL it points at: path (without base and ?highlight) and #anchor. */
const recordUrl = (href: string, base = '/') => {
  const u = new URL(href, 'http://x');
  return `/${u.pathname.slice(base.length)}${u.hash}`;
};

async function search(page: Page, q: string) {
  await page.fill('#search-q', q);
  await page.press('#search-q', 'Enter');
  return resultsFor(page, q);
}

describe('the search page', () => {
  it('shows every record holding the query and only those, each with its place and the whole phrase marked', async () => {
    const { page, context, consoleErrors, foreign } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}search/?q=${encodeURIComponent('徐家汇')}`);
    const results = await resultsFor(page, '徐家汇');
    expect(results.map((r) => recordUrl(r.href)).sort()).toEqual(expectedUrls('徐家汇'));
    expect(results.filter((r) => r.kind === 'chapter').length).toBe(
      paragraphs.filter((p) => p.text.includes('徐家汇')).length,
    );
    for (const r of results) {
      expect(r.marks.length).toBeGreaterThan(0);
      expect(new Set(r.marks)).toEqual(new Set(['徐家汇']));
      expect(new URL(r.href, 'http://x').searchParams.get('highlight')).toBe('徐家汇');
    }
    const p17 = results.find((r) => r.href.endsWith('#p17'))!;
    expect(p17.head).toMatch(/^第17段着力优化城区功能格局3处$/);
    // Pagefind alone returned pages without the phrase; the page dropped them.
    expect(Number(await page.getAttribute('[data-search-output]', 'data-candidates'))).toBeGreaterThan(results.length);
    const parts = KIND_KEYS.filter((k) => expectedCount('徐家汇', k) > 0).map(
      (k) => `${KINDS[k].zh}${expectedCount('徐家汇', k)}${KINDS[k].unit}`,
    );
    expect(parts[0]).toBe('报告原文6段');
    await expect(page.locator('[data-search-status]').innerText()).resolves.toBe(`“徐家汇”：${parts.join('、')}。`);
    expect(consoleErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('matches numbers whole: 5% is not found in 5.5% or 55%', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}search/`);
    const shown = (await search(page, '5%')).map((r) => recordUrl(r.href));
    expect(shown.filter((u) => u.startsWith('/chapters/'))).toEqual([
      '/chapters/five-year-goals/#p4',
      '/chapters/five-year-goals/#p6',
    ]);
    expect(shown.sort()).toEqual(expectedUrls('5%'));
    await context.close();
  });

  it('puts the glossary entry first when the query is its term', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}search/?q=${encodeURIComponent('两极三区')}`);
    const [first, ...rest] = await resultsFor(page, '两极三区');
    expect(first!.kind).toBe('glossary');
    expect(recordUrl(first!.href)).toBe('/glossary/liang-ji-san-qu/');
    expect([recordUrl(first!.href), ...rest.map((r) => recordUrl(r.href))].sort()).toEqual(expectedUrls('两极三区'));
    expect(rest.map((r) => recordUrl(r.href))).toContain('/chapters/urban-layout/#p16');
    await context.close();
  });

  it('filters by kind and chapter, keeps query and filters in the URL, and restores them from it', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}search/`);
    await search(page, '徐家汇');
    const terms = expectedCount('徐家汇', 'glossary');
    await page.getByLabel(`术语（${terms}）`).check();
    expect(await page.$$eval('li.result', (lis) => lis.map((li) => li.getAttribute('data-kind')))).toEqual(
      Array(terms).fill('glossary'),
    );
    await page.getByLabel(`全部（${expectedUrls('徐家汇').length}）`).check();
    await page.getByLabel('报告原文（6）').check();
    await page.selectOption('[data-chapter-filter]', 'soft-power');
    const shown = await page.$$eval('li.result a', (as) =>
      as.map((a) => new URL(a.getAttribute('href')!, 'http://x').hash),
    );
    expect(shown).toEqual(['#p25', '#p26', '#p27']);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: '徐家汇', kind: 'chapter', chapter: 'soft-power' });

    await page.goto(`${sites.root.root}search/?q=${encodeURIComponent('徐家汇')}&kind=chapter&chapter=urban-layout`);
    const restored = await resultsFor(page, '徐家汇');
    expect(restored.map((r) => recordUrl(r.href))).toEqual([
      '/chapters/urban-layout/#p16',
      '/chapters/urban-layout/#p17',
    ]);
    expect(await page.inputValue('[data-chapter-filter]')).toBe('urban-layout');
    expect(await page.isChecked('input[name="kind"][value="chapter"]')).toBe(true);
    await context.close();
  });

  it('says so when nothing is found', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}search/?q=${encodeURIComponent('火星基地')}`);
    expect(await resultsFor(page, '火星基地')).toEqual([]);
    await expect(page.locator('[data-search-status]').innerText()).resolves.toMatch(/^没有找到“火星基地”/);
    await context.close();
  });

  it('finds the paragraph of any piece of the report (recall over a seeded sample)', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}search/`);
    let seed = 20220105;
    let tried = 0;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 30; i++) {
      const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
      const chars = [...p.text];
      const from = Math.floor(random() * (chars.length - 6));
      const piece = chars
        .slice(from, from + 2 + Math.floor(random() * 5))
        .join('')
        .trim();
      if (!holdsQuery(p.text, piece) || piece.includes('"')) continue;
      const shown = (await search(page, piece)).map((r) => recordUrl(r.href));
      expect(shown, piece).toContain(`/chapters/${p.chapter}/#p${p.n}`);
      expect(shown.sort(), piece).toEqual(expectedUrls(piece));
      tried++;
    }
    expect(tried).toBeGreaterThanOrEqual(20);
    await context.close();
  });

  it('shows the top of the list as soon as it is checked, counting "at least" until the rest is', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    // The glossary's text files are held back until the page has shown what it can without them.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await context.route('**/search/texts/glossary-*', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${sites.root.root}search/?q=${encodeURIComponent('文化')}`);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('[data-search-output]')?.dataset.state === 'partial',
    );
    const chapterHits = expectedCount('文化', 'chapter');
    expect(await page.$$eval('li.result', (lis) => lis.map((li) => li.getAttribute('data-kind')))).toEqual(
      Array(chapterHits).fill('chapter'),
    );
    await expect(page.locator('[data-search-status]').innerText()).resolves.toBe(
      `“文化”：已找到报告原文${chapterHits}段，还在查找……`,
    );
    expect(await page.getAttribute('[data-search-output]', 'aria-busy')).toBe('true');
    expect(await page.locator('[data-kind-options] label').allInnerTexts()).toContain(`报告原文（≥${chapterHits}）`);
    release();
    const results = await resultsFor(page, '文化');
    expect(results.map((r) => recordUrl(r.href)).sort()).toEqual(expectedUrls('文化'));
    // Nothing shown before moved: the report's paragraphs are still the top of the list.
    expect(results.slice(0, chapterHits).every((r) => r.kind === 'chapter')).toBe(true);
    expect(await page.locator('[data-kind-options] label').allInnerTexts()).toContain(`报告原文（${chapterHits}）`);
    await context.close();
  });

  it('fetches Pagefind’s files once (the page’s preloads are used), each text file at most once, no fragment, and at most 25 files in all', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${sites.root.root}search/?q=${encodeURIComponent('2022年')}`);
    await resultsFor(page, '2022年');
    await page.waitForLoadState('networkidle');
    expect(requests.length).toBeLessThanOrEqual(25);
    expect(requests.filter((r) => /fragment|filter|worker/.test(r))).toEqual([]);
    const repeated = requests.filter((r, i) => requests.indexOf(r) !== i);
    expect(repeated).toEqual([]);
    expect(requests.filter((r) => r.startsWith('/search/texts/')).length).toBeGreaterThan(1);
    await context.close();
  });

  it('searches as the reader types, fetching what each query needs once', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${sites.root.root}search/`);
    await page.focus('#search-q');
    await page.keyboard.type('两极三区', { delay: 50 });
    const results = await resultsFor(page, '两极三区');
    expect(recordUrl(results[0]!.href)).toBe('/glossary/liang-ji-san-qu/');
    expect(results.map((r) => recordUrl(r.href)).sort()).toEqual(expectedUrls('两极三区'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('两极三区');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r, i) => requests.indexOf(r) !== i)).toEqual([]);
    await context.close();
  });

  it('starts the entry named as the query with what follows its name, and never cuts a number in an excerpt', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}search/?q=${encodeURIComponent('两极三区')}`);
    await resultsFor(page, '两极三区');
    const first = page.locator('li.result').first();
    const excerpt = await first.locator('.result-excerpt').innerText();
    expect(excerpt.startsWith('两极三区')).toBe(false);
    const entry = records.find((r) => r.url === '/glossary/liang-ji-san-qu/')!;
    expect(excerpt.replace(/…$/, '')).toBe(
      entry.text.slice(entry.lead! + 1).slice(0, excerpt.replace(/…$/, '').length),
    );
    await search(page, '知名品牌');
    const p13 = await page
      .locator('li.result', { has: page.locator('a[href$="#p13"]') })
      .locator('.result-excerpt')
      .innerText();
    expect(p13).toContain('超400个知名品牌');
    await context.close();
  });

  it('fits a 320 px phone, filters and all', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await openPage(sites.browser, sites.root.origin, { width: 320, colorScheme });
      await page.goto(`${sites.root.root}search/?q=${encodeURIComponent('徐家汇')}`);
      await resultsFor(page, '徐家汇');
      expect(await page.isVisible('[data-chapter-filter]')).toBe(true);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, colorScheme).toBeLessThanOrEqual(0);
      await context.close();
    }
  });

  it('passes axe-core with results on screen', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}search/?q=${encodeURIComponent('徐家汇')}`);
    await resultsFor(page, '徐家汇');
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await context.close();
  });
});

/** The landing marks (CSS Custom Highlight API ranges): each one's text and the paragraph it is in. */
function landingHits(page: Page) {
  return page.evaluate(() =>
    [...(CSS.highlights.get('search-hit') ?? [])].map((r) => ({
      text: r.toString(),
      in: (r.startContainer.parentElement?.closest('p[id]') as HTMLElement | null)?.id,
    })),
  );
}
const waitForHits = (page: Page) => page.waitForFunction(() => (CSS.highlights.get('search-hit')?.size ?? 0) > 0);

describe('landing on a result', () => {
  it('opens the paragraph with the words marked, across a bold lead, and the text unchanged', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}search/`);
    const q = '产业布局。打造';
    const results = await search(page, q);
    expect(results.filter((r) => r.kind === 'chapter').map((r) => recordUrl(r.href))).toEqual([
      '/chapters/economy/#p13',
    ]);
    await Promise.all([page.waitForURL((u) => u.hash === '#p13'), page.click('li.result[data-kind="chapter"] a')]);
    await waitForHits(page);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p13');
    // One place, across the bold lead 「…产业布局。」 and the text after it; nothing is added to the text.
    expect(await landingHits(page)).toEqual([{ text: q, in: 'p13' }]);
    expect(await page.locator('#p13 mark').count()).toBe(0);
    expect(await page.locator('#p13').textContent()).toBe(paragraphs.find((p) => p.n === 13)!.text);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('marks every occurrence in the landing paragraph only', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}chapters/urban-layout/?highlight=${encodeURIComponent('徐家汇')}#p17`);
    await waitForHits(page);
    expect((await landingHits(page)).map((h) => `${h.in}:${h.text}`)).toEqual([
      'p17:徐家汇',
      'p17:徐家汇',
      'p17:徐家汇',
    ]);
    await context.close();
  });
});

describe('the header search box', () => {
  it('is focused by / and searched with Enter, and no search code loads before that', async () => {
    const { page, context, foreign } = await openPage(sites.browser, sites.root.origin);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${sites.root.root}chapters/economy/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.keyboard.type('碳中和');
    await page.waitForTimeout(300);
    expect(requests.filter((r) => /pagefind|search|highlight|match/.test(r))).toEqual([]);
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
    const results = await resultsFor(page, '碳中和');
    expect(results.map((r) => recordUrl(r.href)).sort()).toEqual(expectedUrls('碳中和'));
    expect(results.filter((r) => r.kind === 'chapter').map((r) => recordUrl(r.href))).toEqual([
      '/chapters/economy/#p13',
    ]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('takes Ctrl+K from anywhere, but / does not steal from another text field', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}glossary/`);
    await page.focus('#glossary-filter-input');
    await page.keyboard.type('两/');
    expect(await page.inputValue('#glossary-filter-input')).toBe('两/');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-search-input'))).toBe(true);
    await context.close();
  });

  it('works without JavaScript as a plain form, and the search page then says search needs JavaScript', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, { javaScriptEnabled: false });
    await page.goto(`${sites.root.root}chapters/`);
    await page.fill('header input[name="q"]', '徐家汇');
    await Promise.all([page.waitForURL(/\/search\/\?q=/), page.press('header input[name="q"]', 'Enter')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('徐家汇');
    await expect(page.locator('.no-js').innerText()).resolves.toMatch(/^搜索需要启用 JavaScript/);
    expect(await page.locator('.no-js a').count()).toBe(8);
    await context.close();
  });
});

describe('under a sub-path', () => {
  it('searches, links and highlights under BASE_PATH', async () => {
    const { page, context, consoleErrors, foreign } = await openPage(sites.browser, sites.sub.origin);
    await page.goto(sites.sub.root + 'glossary/');
    await page.fill('header input[name="q"]', '两极三区');
    await Promise.all([page.waitForURL(`**${SUB_PATH}search/?q=*`), page.press('header input[name="q"]', 'Enter')]);
    const results = await resultsFor(page, '两极三区');
    expect(results.every((r) => r.href.startsWith(SUB_PATH))).toBe(true);
    expect(results.map((r) => recordUrl(r.href, SUB_PATH)).sort()).toEqual(expectedUrls('两极三区'));
    expect(recordUrl(results[0]!.href, SUB_PATH)).toBe('/glossary/liang-ji-san-qu/');
    await Promise.all([page.waitForURL((u) => u.hash === '#p16'), page.click('li.result[data-kind="chapter"] a')]);
    expect(new URL(page.url()).pathname).toBe(`${SUB_PATH}chapters/urban-layout/`);
    await waitForHits(page);
    expect(await landingHits(page)).toEqual([{ text: '两极三区', in: 'p16' }]);
    expect(consoleErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});

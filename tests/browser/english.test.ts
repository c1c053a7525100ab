/**
 * The English edition (issue #17) in the test browser: the original beside
 * its English on a wide screen, one tap away on a phone (with and without
 * JavaScript), the language switch keeping the paragraph, and English search
 * with its landing (and a Chinese query on the English search page).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../../scripts/lib/browser.ts';
import { servedSites } from '../helpers/sites.ts';
import { chapters, paragraphs } from '../helpers/report-data.ts';
import { collectRecords } from '../../src/search/build-index.ts';
import { englishSources } from '../../src/search/sources/index.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { readTranslation } from '../../src/translation/load.ts';
import { holdsQuery } from '../../src/search/match.ts';

const sites = servedSites();
const translation = readTranslation();
const records = await collectRecords(englishSources(loadGlossary(), translation));
const expectedUrls = (q: string) =>
  records
    .filter((r) => holdsQuery(r.text, q))
    .map((r) => r.url)
    .sort();

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('on a wide screen (1280 px)', () => {
  it('shows each paragraph’s Chinese original beside its English, the two tops aligned, nothing folded', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.root.origin, {
      width: 1280,
      height: 800,
    });
    for (const c of chapters) {
      await page.goto(`${sites.root.root}en/chapters/${c.slug}/`);
      expect(await overflow(page), c.slug).toBeLessThanOrEqual(0);
      const pairs = await page.$$eval('.para-pair', (els) =>
        els.map((el) => {
          const en = el.querySelector('.para-en')!.getBoundingClientRect();
          const zh = el.querySelector('.para-zh > p')!.getBoundingClientRect();
          const summary = el.querySelector('.para-zh > summary')!.getBoundingClientRect();
          return {
            id: el.id,
            en: en.toJSON() as DOMRect,
            zh: zh.toJSON() as DOMRect,
            summaryShown: summary.height > 0,
          };
        }),
      );
      expect(pairs.length, c.slug).toBe(paragraphs.filter((p) => p.chapter === c.slug).length);
      for (const p of pairs) {
        expect(p.zh.height, p.id).toBeGreaterThan(0);
        expect(p.zh.left, p.id).toBeGreaterThanOrEqual(p.en.right);
        expect(Math.abs(p.zh.top - p.en.top), p.id).toBeLessThanOrEqual(1);
        expect(p.summaryShown, p.id).toBe(false);
      }
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe.each([390, 320])('on a %i px phone', (width) => {
  it('fits the width on every English page built from a template, and the original opens in place with one tap', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.root.origin, {
      width,
      height: 844,
      touch: true,
    });
    for (const path of [
      'en/',
      'en/chapters/',
      'en/about/',
      'en/glossary/',
      'en/glossary/rcep/',
      'en/search/?q=headquarters',
    ]) {
      await page.goto(`${sites.root.root}${path}`);
      expect(await overflow(page), path).toBeLessThanOrEqual(0);
    }
    for (const c of chapters) {
      await page.goto(`${sites.root.root}en/chapters/${c.slug}/`);
      expect(await overflow(page), c.slug).toBeLessThanOrEqual(0);
    }
    await page.goto(`${sites.root.root}en/chapters/economy/`);
    const original = page.locator('#p12 .para-zh > p');
    expect(await original.isVisible()).toBe(false);
    await page.locator('#p12 .para-zh > summary').tap();
    await expect.poll(() => original.isVisible()).toBe(true);
    const english = (await page.locator('#p12 .para-en').boundingBox())!;
    const box = (await original.boundingBox())!;
    // In place: under its English, in the text column, before the next paragraph.
    expect(box.y).toBeGreaterThan(english.y + english.height - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(box.y + box.height).toBeLessThanOrEqual((await page.locator('#p13').boundingBox())!.y);
    expect(await original.textContent()).toBe(paragraphs.find((p) => p.n === 12)!.text);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('without JavaScript the original still opens with one tap, and the text reads', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, {
      width,
      height: 844,
      touch: true,
      javaScriptEnabled: false,
    });
    await page.goto(`${sites.root.root}en/chapters/economy/#p13`);
    expect(await page.locator('#p13 .para-en').isVisible()).toBe(true);
    await page.locator('#p13 .para-zh > summary').tap();
    await expect.poll(() => page.locator('#p13 .para-zh > p').isVisible()).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });
});

describe('the language switch', () => {
  it('keeps the paragraph the reader is at, both ways', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.root.origin, {
      width: 1280,
      height: 800,
    });
    await page.goto(`${sites.root.root}chapters/economy/#p13`);
    await Promise.all([page.waitForURL(/\/en\/chapters\/economy\/#p13$/), page.click('header a.lang-switch')]);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p13');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The reader moves on to another paragraph (its link, as the paragraph menu gives it), then back to the Chinese.
    await page.evaluate(() => (location.hash = '#p15'));
    await Promise.all([page.waitForURL(/\/chapters\/economy\/#p15$/), page.click('header a.lang-switch')]);
    expect(new URL(page.url()).pathname).toBe('/chapters/economy/');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('p15');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('keeps the search', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}search/?q=${encodeURIComponent('徐家汇')}`);
    await resultsFor(page, '徐家汇');
    await Promise.all([page.waitForURL(/\/en\/search\/\?q=/), page.click('header a.lang-switch')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('徐家汇');
    await context.close();
  });
});

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
      marks: [...li.querySelectorAll('.result-excerpt mark')].map((m) => m.textContent!),
    })),
  );
}
const recordUrl = (href: string) => {
  const u = new URL(href, 'http://x');
  return `${u.pathname}${u.hash}`;
};
function landingHits(page: Page) {
  return page.evaluate(() =>
    [...(CSS.highlights.get('search-hit') ?? [])].map((r) => ({
      text: r.toString(),
      in: (r.startContainer.parentElement?.closest('[id^="p"]') as HTMLElement | null)?.id,
      zh: !!r.startContainer.parentElement?.closest('[lang="zh-CN"]'),
    })),
  );
}

describe('English search', () => {
  it('finds every English record holding the words and only those, whole words, whatever the case', async () => {
    const { page, context, consoleErrors, foreign } = await openPage(sites.browser, sites.root.origin);
    for (const q of ['headquarters', 'Xujiahui', 'CARBON']) {
      await page.goto(`${sites.root.root}en/search/?q=${encodeURIComponent(q)}`);
      const results = await resultsFor(page, q);
      expect(results.map((r) => recordUrl(r.href)).sort(), q).toEqual(expectedUrls(q));
      expect(results.length, q).toBeGreaterThan(0);
      for (const r of results) {
        expect(r.marks.length, `${q} ${r.href}`).toBeGreaterThan(0);
        for (const m of r.marks) expect(m.toLowerCase(), r.href).toMatch(new RegExp(`^${q.toLowerCase()}`));
      }
    }
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(consoleErrors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('lands on the English paragraph with the words marked', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}en/search/?q=headquarters`);
    const results = await resultsFor(page, 'headquarters');
    const first = results.find((r) => r.kind === 'chapter')!;
    expect(recordUrl(first.href)).toMatch(/^\/en\/chapters\/[a-z0-9-]+\/#p\d+$/);
    const n = recordUrl(first.href).split('#p')[1];
    await Promise.all([
      page.waitForURL((u) => u.hash === `#p${n}`),
      page.click(`li.result[data-kind="chapter"] a[href="${first.href}"]`),
    ]);
    await page.waitForFunction(() => (CSS.highlights.get('search-hit')?.size ?? 0) > 0);
    const hits = await landingHits(page);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.text.toLowerCase()).toBe('headquarters');
      expect(h.in).toBe(`p${n}`);
    }
    // The text is unchanged by the marks.
    const t = translation.byN.get(Number(n))!;
    expect(await page.locator(`#p${n} .para-en`).textContent()).toBe(t.lead ? `${t.lead} ${t.text}` : t.text);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('a Chinese query on the English search page finds the Chinese text and lands on it, the fold opened', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.root.origin, {
      width: 390,
      height: 844,
      touch: true,
    });
    const q = '徐家汇';
    await page.goto(`${sites.root.root}en/search/?q=${encodeURIComponent(q)}`);
    const results = await resultsFor(page, q);
    const chapterHits = results.filter((r) => r.kind === 'chapter').map((r) => recordUrl(r.href));
    expect(chapterHits.sort()).toEqual(
      paragraphs
        .filter((p) => p.text.includes(q))
        .map((p) => `/en/chapters/${p.chapter}/#p${p.n}`)
        .sort(),
    );
    expect(results.map((r) => recordUrl(r.href)).sort()).toEqual(expectedUrls(q));
    await page.goto(`${sites.root.root}en/chapters/urban-layout/?highlight=${encodeURIComponent(q)}#p17`);
    await page.waitForFunction(() => (CSS.highlights.get('search-hit')?.size ?? 0) > 0);
    const hits = await landingHits(page);
    expect(hits.length).toBe(3);
    for (const h of hits) expect(h).toEqual({ text: q, in: 'p17', zh: true });
    expect(await page.locator('#p17 .para-zh').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

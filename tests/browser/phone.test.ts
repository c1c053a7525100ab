/**
 * Phone-first reading (issue #12), measured in the test browser with its CJK font: each goal of the
 * issue that can be measured, at 390 and 320 px wide (and on desktops where the goal is a desktop
 * one), so that none of it can quietly regress. The first screen is the issue's 844 px at both
 * widths.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../../scripts/lib/browser.ts';
import { servedSites } from '../helpers/sites.ts';
import { chapters } from '../helpers/report-data.ts';
import { lineStretches, markedShares, pageBottom, pageTop } from '../helpers/layout.ts';
import { collectRecords } from '../../src/search/build-index.ts';
import { siteSources } from '../../src/search/sources/index.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { holdsQuery } from '../../src/search/match.ts';
import { landingUrl } from '../../src/search/landing.ts';

const sites = servedSites();
const SCREEN = 844;
const PHONES = [390, 320] as const;

/** A phone: its width, the issue's screen height, a touch screen. */
const phone = (width: number, opts: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}) =>
  openPage(sites.browser, sites.root.origin, { width, height: SCREEN, touch: true, ...opts });
const desktop = (width = 1280) => openPage(sites.browser, sites.root.origin, { width, height: 800 });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const inViewport = (b: Box, vw: number, vh: number) =>
  b.x >= -0.5 && b.y >= -0.5 && b.x + b.width <= vw + 0.5 && b.y + b.height <= vh + 0.5;

/** The landing marks' places on the screen (CSS Custom Highlight API ranges, or SVG labels). */
function hitBoxes(page: Page) {
  return page.evaluate(() =>
    [...(CSS.highlights.get('search-hit') ?? [])].map((r) => (r as Range).getBoundingClientRect().toJSON() as DOMRect),
  );
}
const waitForHits = (page: Page) =>
  page.waitForFunction(
    () => (CSS.highlights.get('search-hit')?.size ?? 0) + document.querySelectorAll('.search-hit-label').length > 0,
  );
const currentHitCentre = (page: Page) =>
  page.evaluate(() => {
    const r = ([...(CSS.highlights.get('search-hit-current') ?? [])][0] as Range).getBoundingClientRect();
    return r.top + r.height / 2;
  });
const settled = (page: Page) =>
  page.waitForFunction(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))),
  );

describe.each(PHONES)('on a %i px phone', (width) => {
  it('every chapter’s first report paragraph begins on the first screen; the summary is a line, the English and the contents folded', async () => {
    const { page, context, consoleErrors } = await phone(width);
    for (const c of chapters) {
      await page.goto(`${sites.root.root}chapters/${c.slug}/`);
      expect(await pageTop(page, 'p[data-paragraph]'), c.slug).toBeLessThanOrEqual(SCREEN);
      const line = page.locator('.summary-line');
      const lines = await line.evaluate(
        (p) => p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight),
      );
      expect(Math.round(lines), c.slug).toBeLessThanOrEqual(3);
      const english = page.locator('aside.chapter-summary details[lang="en"]');
      expect(await english.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await english.locator('p').isVisible()).toBe(false);
      if (await page.locator('nav.chapter-contents').count()) {
        expect(await page.locator('nav.chapter-contents details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(
          false,
        );
        expect(await page.locator('nav.chapter-contents li a').first().isVisible()).toBe(false);
      }
    }
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('each paragraph has one control of at least 44 × 44 px; its menu and citation open as a bottom sheet, wholly on screen', async () => {
    const { page, context, consoleErrors } = await phone(width);
    await page.goto(`${sites.root.root}chapters/economy/`);
    const controls = await page
      .locator('summary.para-number')
      .evaluateAll((ss) => ss.map((s) => s.getBoundingClientRect().toJSON() as DOMRect));
    expect(controls.length).toBe(await page.locator('p[data-paragraph]').count());
    controls.forEach((b, i) => {
      expect(b.width).toBeGreaterThanOrEqual(44);
      expect(b.height).toBeGreaterThanOrEqual(44);
      expect(b.x).toBeGreaterThanOrEqual(0);
      if (i > 0) expect(b.y).toBeGreaterThanOrEqual(controls[i - 1]!.y + controls[i - 1]!.height);
    });
    // ¶13 is 907 characters long: the citation used to open 1,500 px below the tap.
    const number = page.locator('.para:has(#p13) summary.para-number');
    await number.scrollIntoViewIfNeeded();
    await number.tap();
    const menu = page.locator('#para-menu');
    await page.locator('#para-menu:popover-open').waitFor();
    const vh = SCREEN;
    let box = (await menu.boundingBox())!;
    expect(inViewport(box, width, vh)).toBe(true);
    expect(Math.round(box.y + box.height)).toBe(vh);
    expect(Math.round(box.width)).toBe(width);
    await page.getByRole('button', { name: '引用', exact: true }).tap();
    await page.locator('#para-menu #cite-13').waitFor();
    box = (await menu.boundingBox())!;
    expect(inViewport(box, width, vh)).toBe(true);
    expect(await page.locator('#para-menu #cite-gbt-13').isVisible()).toBe(true);
    // A tap elsewhere closes it, and the citation is back under its number.
    await page.mouse.click(width / 2, 20);
    await page.waitForFunction(() => !document.querySelector('#para-menu')?.matches(':popover-open'));
    expect(await page.locator('.para:has(#p13) .para-panel #cite-13').count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('landing from search brings the first hit to the middle of the screen, and steps through several with 第1/3处', async () => {
    const { page, context, consoleErrors } = await phone(width);
    // One hit, far down a long paragraph (it was at 1,443 px of an 844 px screen).
    await page.goto(`${sites.root.root}chapters/economy/?highlight=${encodeURIComponent('碳中和')}#p13`);
    await waitForHits(page);
    await settled(page);
    expect(Math.abs((await currentHitCentre(page)) - SCREEN / 2)).toBeLessThanOrEqual(SCREEN * 0.1);
    expect(await page.locator('.hit-stepper').count()).toBe(0);

    await page.goto(`${sites.root.root}chapters/urban-layout/?highlight=${encodeURIComponent('徐家汇')}#p17`);
    await waitForHits(page);
    await settled(page);
    expect(await hitBoxes(page)).toHaveLength(3);
    const stepper = page.locator('.hit-stepper');
    await expect(stepper.locator('.hit-stepper-where').innerText()).resolves.toBe('第1/3处');
    expect(inViewport((await stepper.boundingBox())!, width, SCREEN)).toBe(true);
    for (const b of await stepper
      .locator('button')
      .evaluateAll((bs) => bs.map((x) => x.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(Math.min(b.width, b.height)).toBeGreaterThanOrEqual(44);
    }
    expect(Math.abs((await currentHitCentre(page)) - SCREEN / 2)).toBeLessThanOrEqual(SCREEN * 0.1);
    await stepper.getByRole('button', { name: '下一处' }).tap();
    await expect(stepper.locator('.hit-stepper-where').innerText()).resolves.toBe('第2/3处');
    await page.waitForFunction((h) => {
      const r = ([...(CSS.highlights.get('search-hit-current') ?? [])][0] as Range).getBoundingClientRect();
      return Math.abs(r.top + r.height / 2 - h / 2) <= h * 0.1;
    }, SCREEN);
    // The stepper never covers the hit it brought to the middle.
    const hit = await page.evaluate(
      () => ([...(CSS.highlights.get('search-hit-current') ?? [])][0] as Range).getBoundingClientRect().bottom,
    );
    expect(hit).toBeLessThan((await stepper.boundingBox())!.y);
    await stepper.getByRole('button', { name: '关闭并取消标记' }).tap();
    expect(await hitBoxes(page)).toHaveLength(0);
    expect(await stepper.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('term marks cover at most 30 % of any paragraph, adjacent terms are visibly apart, and the reader can hide them for good', async () => {
    const { page, context } = await phone(width);
    for (const c of chapters) {
      await page.goto(`${sites.root.root}chapters/${c.slug}/`);
      for (const s of await markedShares(page)) expect(s.share, `${c.slug} ${s.paragraph}`).toBeLessThanOrEqual(0.3);
      // Two terms side by side (nothing or one character between them, on one line): their underlines do not touch.
      const gaps = await page.$$eval('p[data-paragraph] a.term', (as) => {
        const out: number[] = [];
        for (let i = 1; i < as.length; i++) {
          const [a, b] = [as[i - 1]!, as[i]!];
          const ra = [...a.getClientRects()].at(-1)!;
          const rb = b.getClientRects()[0]!;
          if (Math.abs(ra.top - rb.top) > 2 || rb.left - ra.right > parseFloat(getComputedStyle(b).fontSize) * 1.1)
            continue;
          const inset = (el: Element, r: DOMRect) => {
            const size = /^(calc\(.*\)|\S+)/.exec(getComputedStyle(el).backgroundSize)![1]!;
            const probe = document.createElement('span');
            probe.style.cssText = `position:absolute;width:${size.replace('100%', () => `${r.width}px`)}`;
            document.body.append(probe);
            const w = probe.getBoundingClientRect().width;
            probe.remove();
            return (r.width - w) / 2;
          };
          out.push(rb.left + inset(b, rb) - (ra.right - inset(a, ra)));
        }
        return out;
      });
      for (const g of gaps) expect(g, c.slug).toBeGreaterThanOrEqual(3);
    }
    await page.goto(`${sites.root.root}chapters/outlook/`);
    const marked = () =>
      page
        .locator('a.term')
        .first()
        .evaluate((a) => getComputedStyle(a).backgroundImage !== 'none');
    expect(await marked()).toBe(true);
    const toggle = page.locator('button[data-marks-switch]');
    await expect(toggle.innerText()).resolves.toBe('隐藏术语标记');
    await toggle.tap();
    expect(await marked()).toBe(false);
    await expect(toggle.innerText()).resolves.toBe('显示术语标记');
    await page.goto(`${sites.root.root}chapters/economy/`);
    expect(await page.evaluate(() => document.documentElement.dataset.marks)).toBe('off');
    expect(await marked()).toBe(false);
    await page.locator('button[data-marks-switch]').tap();
    expect(await marked()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('marks'))).toBeNull();
    await context.close();
  });

  it('the home page says what the site is, then lists every chapter within two screens, then the five goals', async () => {
    const { page, context } = await phone(width);
    await page.goto(sites.root.root);
    expect(await page.locator('section.intro p').count()).toBe(2);
    expect(await page.locator('section.intro a[href="/about/"]').isVisible()).toBe(true);
    expect(await pageBottom(page, '.chapter-list a')).toBeLessThanOrEqual(2 * SCREEN);
    expect(await page.locator('.chapter-list a').count()).toBe(chapters.length);
    expect(await pageTop(page, 'ol.five-goals')).toBeGreaterThan(await pageBottom(page, '.chapter-list'));
    expect(await pageTop(page, 'section.key-figures')).toBeGreaterThan(await pageBottom(page, 'ol.five-goals'));
    expect(await pageTop(page, 'section.home-zones')).toBeGreaterThan(await pageBottom(page, 'section.key-figures'));
    // Cards that are links say where they lead.
    for (const go of await page
      .locator('ol.five-goals a .goal-go, section.key-figures li a .kf-go')
      .evaluateAll((els) =>
        els.map((e) => [e.textContent, getComputedStyle(e, '::after').content, getComputedStyle(e).color]),
      )) {
      expect(go[0]).toMatch(/^读原文 第\d+段$/);
      expect(go[1]).toContain('›');
      expect(go[2]).toBe(
        await page
          .locator('main a')
          .first()
          .evaluate((a) => getComputedStyle(a).color),
      );
    }
    await context.close();
  });

  it('the header’s tab order is its order on the screen, and the search box does not offer a / key to a touch screen', async () => {
    const { page, context } = await phone(width);
    await page.goto(`${sites.root.root}chapters/economy/`);
    const boxes = await page
      .locator('.site-header a, .site-header input, .site-header button:not([hidden])')
      .evaluateAll((els) =>
        els.map((e) => ({
          name: e.textContent?.trim() || (e as HTMLInputElement).placeholder,
          ...(e.getBoundingClientRect().toJSON() as DOMRect),
        })),
      );
    for (let i = 1; i < boxes.length; i++) {
      const [a, b] = [boxes[i - 1]!, boxes[i]!];
      const sameRow = Math.abs(a.y + a.height / 2 - (b.y + b.height / 2)) < Math.max(a.height, b.height) / 2;
      expect(sameRow ? b.x > a.x : b.y >= a.y + a.height / 2, `${a.name} → ${b.name}`).toBe(true);
    }
    const placeholder = await page.locator('header input[name="q"]').getAttribute('placeholder');
    expect(placeholder).not.toContain('/');
    await context.close();
  });

  it('Chinese is set in a CJK face with its own punctuation and real bold, never slanted, and never stretched by justification', async () => {
    const { page, context } = await phone(width);
    await page.goto(`${sites.root.root}chapters/urban-layout/`);
    const family = await page.locator('#p16').evaluate((p) =>
      getComputedStyle(p)
        .fontFamily.split(',')
        .map((f) => f.trim().replace(/"/g, '')),
    );
    const firstGeneric = family.findIndex((f) => ['system-ui', 'sans-serif', '-apple-system'].includes(f));
    expect(family.indexOf('Noto Sans SC')).toBeGreaterThanOrEqual(0);
    expect(family.indexOf('Noto Sans SC')).toBeLessThan(firstGeneric);
    expect(family.indexOf('PingFang SC')).toBeLessThan(firstGeneric);
    // The fonts the browser actually drew with.
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    await page.evaluate(() => {
      const probe = Object.assign(document.createElement('span'), { id: 'punct-probe', textContent: '“”‘’—…·' });
      document.querySelector('#p16')!.append(probe);
    });
    const fontsOf = async (selector: string) => {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      return (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts;
    };
    for (const f of await fontsOf('#punct-probe'))
      expect(f.familyName).toMatch(/Noto Sans (CJK )?SC|PingFang|YaHei|Source Han/);
    for (const sel of ['h1', '.site-name > span:first-child', '#p17 > strong']) {
      const fonts = await fontsOf(sel);
      expect(fonts.length, sel).toBeGreaterThan(0);
      for (const f of fonts) expect(f.postScriptName, sel).toMatch(/Bold|Semibold|W6/);
    }
    expect(await page.locator('#p16').evaluate((p) => getComputedStyle(p).fontSynthesis)).toMatch(/^none$/);
    for (const path of [
      '',
      'chapters/urban-layout/',
      'about/',
      'about/source/',
      'glossary/',
      'glossary/liang-ji-san-qu/',
    ]) {
      await page.goto(sites.root.root + path);
      const slanted = await page.$$eval('body *', (els) =>
        els
          .filter(
            (e) =>
              getComputedStyle(e).fontStyle !== 'normal' &&
              [...e.childNodes].some((n) => n.nodeType === 3 && /\p{Script=Han}/u.test(n.textContent ?? '')),
          )
          .map((e) => e.outerHTML.slice(0, 80)),
      );
      expect(slanted, path || 'home').toEqual([]);
    }
    for (const c of chapters) {
      await page.goto(`${sites.root.root}chapters/${c.slug}/`);
      const worst = (await lineStretches(page))[0];
      expect(worst?.stretch ?? 0, `${c.slug}: ${worst?.text}`).toBeLessThanOrEqual(0.12);
    }
    await context.close();
  });
});

describe('on a desktop', () => {
  it('the header is one row of at most 80 px with the search box in it, and the footer lines up with the text', async () => {
    const { page, context } = await desktop();
    for (const path of ['', 'chapters/economy/', 'glossary/']) {
      await page.goto(sites.root.root + path);
      const header = (await page.locator('.site-header').boundingBox())!;
      expect(header.height, path).toBeLessThanOrEqual(80);
      const search = (await page.locator('.site-header input[name="q"]').boundingBox())!;
      expect(search.y).toBeGreaterThanOrEqual(header.y);
      expect(search.y + search.height).toBeLessThanOrEqual(header.y + header.height);
      // One row, in the tab order: each control right of the one before.
      const xs = await page
        .locator('.site-header a, .site-header input, .site-header button:not([hidden])')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x));
      for (let i = 1; i < xs.length; i++) expect(xs[i]!, path).toBeGreaterThan(xs[i - 1]!);
      const left = await page.evaluate(() => {
        const main = document.querySelector('main')!;
        const text = main.getBoundingClientRect().left + parseFloat(getComputedStyle(main).paddingLeft);
        const footer = document.querySelector('.site-footer p')!.getBoundingClientRect().left;
        return { text, footer };
      });
      expect(Math.abs(left.footer - left.text), path).toBeLessThanOrEqual(1);
    }
    await context.close();
  });

  it('from 1100 px a sticky 本章内容 rail beside the text; below, a fold', async () => {
    for (const width of [1280, 1100]) {
      const { page, context } = await desktop(width);
      await page.goto(`${sites.root.root}chapters/economy/`);
      const rail = page.locator('nav.chapter-contents');
      expect(await rail.locator('li a').first().isVisible(), `${width}`).toBe(true);
      const text = (await page.locator('.report-text').boundingBox())!;
      const r = (await rail.boundingBox())!;
      expect(r.x).toBeGreaterThanOrEqual(text.x + text.width);
      expect(r.x + r.width).toBeLessThanOrEqual(width);
      await page.locator('#p15').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 400));
      const after = (await rail.boundingBox())!;
      expect(after.y).toBeGreaterThanOrEqual(0);
      expect(after.y).toBeLessThan(800);
      await rail.locator('a', { hasText: '提升招商营商能级' }).click();
      expect(new URL(page.url()).hash).toBe('#p15');
      await context.close();
    }
    const { page, context } = await desktop(1024);
    await page.goto(`${sites.root.root}chapters/economy/`);
    expect(await page.locator('nav.chapter-contents li a').first().isVisible()).toBe(false);
    await context.close();
  });

  it('the paragraph menu opens as a popover beside the number, wholly on screen, with the citation', async () => {
    const { page, context } = await desktop();
    await page.goto(`${sites.root.root}chapters/economy/`);
    const number = page.locator('.para:has(#p14) summary.para-number');
    await number.scrollIntoViewIfNeeded();
    await number.click();
    await page.locator('#para-menu:popover-open').waitFor();
    await page.getByRole('button', { name: '引用', exact: true }).click();
    await page.locator('#para-menu #cite-14').waitFor();
    const n = (await number.boundingBox())!;
    const m = (await page.locator('#para-menu').boundingBox())!;
    expect(inViewport(m, 1280, 800)).toBe(true);
    expect(m.x).toBeGreaterThanOrEqual(n.x + n.width);
    expect(m.x - (n.x + n.width)).toBeLessThanOrEqual(24);
    await context.close();
  });

  it('justified lines stretch by at most 12 %, and a landing hit comes to the middle', async () => {
    for (const width of [768, 1280]) {
      const { page, context } = await desktop(width);
      for (const c of chapters) {
        await page.goto(`${sites.root.root}chapters/${c.slug}/`);
        const worst = (await lineStretches(page))[0];
        expect(worst?.stretch ?? 0, `${width} ${c.slug}: ${worst?.text}`).toBeLessThanOrEqual(0.12);
      }
      await page.goto(`${sites.root.root}chapters/urban-layout/?highlight=${encodeURIComponent('徐家汇')}#p17`);
      await waitForHits(page);
      await settled(page);
      expect(Math.abs((await currentHitCentre(page)) - 400)).toBeLessThanOrEqual(80);
      expect(inViewport((await page.locator('.hit-stepper').boundingBox())!, width, 800)).toBe(true);
      await context.close();
    }
  });
});

const records = await collectRecords(siteSources(loadGlossary()));

describe('landing on every kind of result page', () => {
  // For each kind, a query and the first result it gives: a paragraph, a glossary entry (with a
  // map), an indicator, a zone map.
  const cases = [
    ['chapter', '徐家汇'],
    ['glossary', '漕开发'],
    ['indicator', '绿地'],
    ['zone', '漕开发'],
  ].map(([kind, q]) => {
    const r = records.find((x) => x.kind === kind && holdsQuery(x.text, q!))!;
    return { kind: kind!, q: q!, url: landingUrl(r.url, q!) };
  });

  it.each(cases)(
    '$kind: $url marks the query, moves it to the middle, and leaves every SVG label whole',
    async ({ url }) => {
      const { page, context, consoleErrors } = await phone(390);
      const labels = () => page.$$eval('svg text', (ts) => ts.map((t) => t.textContent));
      await page.goto(`${sites.root.origin}${url.replace(/\?[^#]*/, '')}`);
      const before = await labels();
      await page.goto(`${sites.root.origin}${url}`);
      await waitForHits(page);
      await settled(page);
      expect(await page.locator('svg mark, svg .search-hit:not(text)').count()).toBe(0);
      expect(await labels()).toEqual(before);
      const first = await page.evaluate(() => {
        const range = [...(CSS.highlights.get('search-hit-current') ?? [])][0] as Range | undefined;
        const el = range
          ? range.getBoundingClientRect()
          : document.querySelector('.search-hit-current')!.getBoundingClientRect();
        return el.top + el.height / 2;
      });
      // The middle, unless the page cannot scroll that far (a hit near the top or the end).
      const room = await page.evaluate(() => ({
        y: window.scrollY,
        max: document.documentElement.scrollHeight - window.innerHeight,
      }));
      if (room.y > 0 && room.y < room.max) expect(Math.abs(first - SCREEN / 2)).toBeLessThanOrEqual(SCREEN * 0.1);
      else expect(first).toBeGreaterThanOrEqual(0);
      expect(first).toBeLessThanOrEqual(SCREEN);
      expect(consoleErrors).toEqual([]);
      await context.close();
    },
  );

  it('a map label that holds the query is marked whole, by a class; without the Highlight API, <mark> goes into HTML text only', async () => {
    const zone = cases.find((c) => c.kind === 'zone')!;
    const { page, context } = await phone(390);
    await page.goto(`${sites.root.origin}${zone.url}`);
    await waitForHits(page);
    const marked = await page.$$eval('text.search-hit-label', (ts) => ts.map((t) => t.textContent));
    expect(marked.length).toBeGreaterThan(0);
    for (const t of marked) expect(t).toContain(zone.q);
    await context.close();

    const old = await phone(390);
    await old.page.addInitScript(() => {
      delete (window as { Highlight?: unknown }).Highlight;
    });
    await old.page.goto(`${sites.root.origin}${zone.url}`);
    await old.page.waitForSelector('mark.search-hit');
    expect(await old.page.locator('svg mark').count()).toBe(0);
    expect(
      await old.page.$$eval('mark.search-hit', (ms) =>
        ms.every((m) => m.namespaceURI === 'http://www.w3.org/1999/xhtml' && !m.closest('svg')),
      ),
    ).toBe(true);
    expect(await old.page.locator('text.search-hit-label').count()).toBeGreaterThan(0);
    await old.context.close();
  });
});

describe('the smaller things', () => {
  it('the glossary index shows each term’s gloss; a filter puts its results first and hides empty categories', async () => {
    const { page, context } = await phone(390);
    await page.goto(`${sites.root.root}glossary/`);
    const entries = await page.locator('li[data-search]').count();
    const glosses = await page.locator('li[data-search] .entry-gloss').allInnerTexts();
    expect(glosses.length).toBe(entries);
    for (const g of glosses) expect(g.length).toBeGreaterThan(5);
    await page.getByLabel('筛选术语').fill('wuxing');
    expect(await page.locator('[data-category-index]').isVisible()).toBe(false);
    const box = (await page.getByLabel('筛选术语').boundingBox())!;
    const first = (await page.locator('li[data-search]:visible').first().boundingBox())!;
    expect(first.y - (box.y + box.height)).toBeLessThan(200);
    for (const visible of await page.locator('section[data-category]:visible').all())
      expect(await visible.locator('li[data-search]:visible').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('one mark colour in both themes', async () => {
    const colours: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await phone(390, { colorScheme });
      await page.goto(`${sites.root.root}glossary/liang-ji-san-qu/`);
      colours.push(
        await page
          .locator('main mark')
          .first()
          .evaluate((m) => getComputedStyle(m).backgroundColor),
      );
      await context.close();
    }
    expect(colours).toEqual(['rgb(251, 231, 161)', 'rgb(251, 231, 161)']);
  });

  it('a preview card opened from a variant form names that form, then the entry', async () => {
    const { page, context } = await desktop();
    for (const c of chapters) {
      await page.goto(`${sites.root.root}chapters/${c.slug}/`);
      const variant = await page.$$eval('a.term', (as) =>
        as.findIndex(
          (a) =>
            a.textContent !==
            document.querySelector(`[data-term-note="${(a as HTMLElement).dataset.term}"] b`)?.textContent,
        ),
      );
      if (variant < 0) continue;
      const link = page.locator('a.term').nth(variant);
      const form = (await link.textContent())!;
      const term = await page.locator(`[data-term-note="${await link.getAttribute('data-term')}"] b`).textContent();
      await link.focus();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Tab');
      await page.locator('#term-card').waitFor({ state: 'visible' });
      await expect(page.locator('#term-card .term-card-head strong').innerText()).resolves.toBe(form);
      await expect(page.locator('#term-card .term-card-entry').innerText()).resolves.toContain(`词条“${term}”`);
      await context.close();
      return;
    }
    throw new Error('no chapter links a term by a variant form');
  });

  it('print: no term underlines, no link labels that go nowhere, and a glossary entry prints its address', async () => {
    const { page, context } = await desktop();
    await page.goto(`${sites.root.root}chapters/economy/`);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page
        .locator('a.term')
        .first()
        .evaluate((a) => [getComputedStyle(a).backgroundImage, getComputedStyle(a).textDecorationLine]),
    ).toEqual(['none', 'none']);
    expect(await page.locator('.para-panel').first().isVisible()).toBe(false);
    await page.goto(sites.root.root);
    expect(await page.locator('.goal-go').first().isVisible()).toBe(false);
    expect(await page.locator('.kf-go').first().isVisible()).toBe(false);
    await page.goto(`${sites.root.root}glossary/liang-ji-san-qu/`);
    await expect(page.locator('.page-address').innerText()).resolves.toBe(
      `本条网址：${sites.root.origin}/glossary/liang-ji-san-qu/`,
    );
    await context.close();
  });
});

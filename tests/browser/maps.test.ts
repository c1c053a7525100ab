import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from '../../scripts/lib/browser.ts';
import { servedSites } from '../helpers/sites.ts';
import { SUB_PATH } from '../helpers/dist.ts';

const sites = servedSites();

/** The zones the map shows now (visible links), in drawing order. */
const visibleZones = (page: Page, figure = '#zone-map') =>
  page
    .locator(`${figure} svg a.zone`)
    .evaluateAll((as) =>
      as.filter((a) => getComputedStyle(a).display !== 'none').map((a) => a.getAttribute('data-zone')),
    );
const checkedLayer = (page: Page) =>
  page.locator('.zm-switch input:checked').evaluateAll((rs) => rs.map((r) => (r as HTMLInputElement).value));

/** Every text of every map and chart on the page, as rendered: [what, size in CSS px]. */
const renderedTextSizes = (page: Page) =>
  page.evaluate(() => {
    const out: [string, number][] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('svg.zm-svg')) {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      for (const t of svg.querySelectorAll('text')) {
        if (t.getClientRects().length === 0) continue; // on a hidden layer
        out.push([t.textContent ?? '', parseFloat(getComputedStyle(t).fontSize) * scale]);
      }
    }
    for (const el of document.querySelectorAll(
      '.zm-legend li, .zm-notes p, .zm-panel p, .zm-source, .chart-finding, .bar-label, .bar-value, .chart figcaption',
    )) {
      out.push([(el.textContent ?? '').slice(0, 12), parseFloat(getComputedStyle(el).fontSize)]);
    }
    return out;
  });

describe('the zone map of /maps/', () => {
  it('works with JavaScript off: the layer the address names, buttons that switch layers, zones that lead to their paragraph (under a sub-path)', async () => {
    const { page, context, foreign } = await openPage(sites.browser, sites.sub.origin, {
      javaScriptEnabled: false,
      width: 390,
    });
    await page.goto(`${sites.sub.root}maps/`);
    const box = await page.locator('#zone-map svg.zm-svg').boundingBox();
    expect(box!.width).toBeGreaterThan(340); // fills a phone's width
    await expect(visibleZones(page)).resolves.toEqual(['xujiahui', 'binjiang', 'caokaifa', 'huajing']);

    await page.goto(`${sites.sub.root}maps/#layer-culture-c`);
    await expect(visibleZones(page)).resolves.toEqual(['binjiang', 'hengfu', 'xujiahuiyuan', 'longhua']);
    await page.getByRole('radio', { name: '金三角' }).click();
    await expect(visibleZones(page)).resolves.toEqual(['xujiahui', 'binjiang', 'hengfu']);
    await expect(page.locator('#zone-map svg.zm-svg .triangle').isVisible()).resolves.toBe(true);

    await page.getByRole('radio', { name: '四大战役' }).click();
    await page.locator('#zone-map svg a.zone[data-zone="caokaifa"]').click();
    await page.waitForURL((u) => u.hash === '#p17');
    expect(new URL(page.url()).pathname).toBe(`${SUB_PATH}chapters/urban-layout/`);
    await expect(page.locator('#p17').innerText()).resolves.toContain('漕开发，要塑造更新范例');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('switches layers from the keyboard: Tab to the buttons, arrows between layers; only the shown zones are tab stops', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.root.origin, { width: 390 });
    await page.goto(`${sites.root.root}maps/`);
    await expect(checkedLayer(page)).resolves.toEqual(['four-battles']);
    await page.locator('.zm-switch input').first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(checkedLayer(page)).resolves.toEqual(['golden-triangle']);
    await expect(visibleZones(page)).resolves.toEqual(['xujiahui', 'binjiang', 'hengfu']);
    await expect(page.locator('.zm-panel[data-in="2"]').isVisible()).resolves.toBe(true);
    await expect(page.locator('.zm-panel[data-in="1"]').isVisible()).resolves.toBe(false);

    // Tab leaves the buttons for the map: the three zones of this layer, and nothing hidden.
    const stops: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate(
          () => document.activeElement?.getAttribute('data-zone') ?? document.activeElement?.tagName ?? null,
        ),
      );
    }
    expect(stops).toEqual(['xujiahui', 'binjiang', 'hengfu']);
    // A focused zone is marked in the focus colour.
    const stroke = await page
      .locator('#zone-map a.zone[data-zone="hengfu"] .marker')
      .evaluate((c) => getComputedStyle(c).stroke);
    expect(stroke).toBe('rgb(26, 95, 208)');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('opens on the layer a chapter links to, and follows the address as it changes', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, { width: 390 });
    await page.goto(`${sites.root.root}chapters/economy/`);
    await page.locator('p.zone-links a[href$="#layer-golden-triangle"]').click();
    await page.waitForURL((u) => u.pathname.endsWith('/maps/'));
    await expect(checkedLayer(page)).resolves.toEqual(['golden-triangle']);
    await expect(visibleZones(page)).resolves.toEqual(['xujiahui', 'binjiang', 'hengfu']);
    await page.locator('#zone-longhua a[href="#layer-culture-c"]').click();
    // hashchange fires after the click returns: wait for it.
    await expect.poll(() => checkedLayer(page)).toEqual(['culture-c']);
    await expect(visibleZones(page)).resolves.toEqual(['binjiang', 'hengfu', 'xujiahuiyuan', 'longhua']);
    await context.close();
  });
});

describe('maps and charts on a 390 px phone', () => {
  const pages = ['maps/', 'chapters/urban-layout/', '', 'glossary/long-hua/', 'glossary/jin-san-jiao/', 'indicators/'];

  it.each(['light', 'dark'] as const)(
    'write every word at 11 px or more, the legend and notes at body size (%s)',
    async (theme) => {
      const { page, context } = await openPage(sites.browser, sites.root.origin, { width: 390, colorScheme: theme });
      for (const path of pages) {
        await page.goto(`${sites.root.root}${path}`);
        const sizes = await renderedTextSizes(page);
        expect(sizes.length, path).toBeGreaterThan(5);
        for (const [what, px] of sizes) expect(px, `${path} «${what}»`).toBeGreaterThanOrEqual(11);
        for (const px of await page
          .locator('.zm-legend li')
          .evaluateAll((ls) => ls.map((l) => parseFloat(getComputedStyle(l).fontSize)))) {
          expect(px, `${path} legend`).toBeGreaterThanOrEqual(17);
        }
      }
      await context.close();
    },
  );

  it('draw the map dark in the dark theme: no bright panel', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, { width: 390, colorScheme: 'dark' });
    await page.goto(`${sites.root.root}maps/`);
    const fills = await page.evaluate(() =>
      ['.map-bg', '.district'].map((s) => getComputedStyle(document.querySelector(`#zone-map ${s}`)!).fill),
    );
    expect(fills).toEqual(['rgb(32, 31, 27)', 'rgb(46, 44, 39)']);
    await context.close();
  });

  it('lay the indicators table out as cards: no cell of four or more characters narrower than 56 px, numbers and 第N段 unbroken', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, { width: 390 });
    await page.goto(`${sites.root.root}indicators/`);
    const cells = await page
      .locator('.indicators-table tbody :is(th, td)')
      .evaluateAll((els) =>
        els
          .filter((e) => e.getClientRects().length > 0)
          .map((e) => ({ text: (e.textContent ?? '').trim(), width: e.getBoundingClientRect().width })),
      );
    for (const c of cells.filter((c) => [...c.text].length >= 4)) expect(c.width, c.text).toBeGreaterThanOrEqual(56);
    const broken = await page
      .locator('.indicators-table td.nowrap, .indicators-table a.nobreak, .bar-value')
      .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 1).map((e) => e.textContent));
    expect(broken).toEqual([]);
    await context.close();
  });
});

describe('on a 320 px phone', () => {
  it('nothing scrolls sideways on the maps and indicators pages', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin, { width: 320 });
    for (const path of ['maps/', 'indicators/', 'glossary/jin-san-jiao/']) {
      await page.goto(`${sites.root.root}${path}`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

describe('in print', () => {
  it('the map stays beside its text: at most 120 mm high, its notes beside it, without the layer buttons', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    for (const path of ['chapters/urban-layout/', 'maps/']) {
      await page.goto(`${sites.root.root}${path}`);
      await page.emulateMedia({ media: 'print' });
      const height = await page
        .locator('svg.zm-svg')
        .first()
        .evaluate((s) => s.getBoundingClientRect().height);
      expect(height, path).toBeLessThanOrEqual((120 / 25.4) * 96 + 0.5);
      expect(height, path).toBeGreaterThan(200);
      // The legend and notes sit beside the map, so the whole figure is hardly taller than the map.
      const figure = await page
        .locator('figure.zm')
        .first()
        .evaluate((f) => f.getBoundingClientRect().height);
      expect(figure, path).toBeLessThanOrEqual((140 / 25.4) * 96);
      await page.emulateMedia({ media: 'screen' });
    }
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.zm-switch').isVisible()).resolves.toBe(false);
    await context.close();
  });
});

import { describe, expect, it } from 'vitest';
import { openPage } from '../../scripts/lib/browser.ts';
import { servedSites } from '../helpers/sites.ts';
import { SUB_PATH } from '../helpers/dist.ts';

const sites = servedSites();

describe('zone maps', () => {
  it('are there with JavaScript off, and a zone on the map leads to its paragraph, under a sub-path', async () => {
    const { page, context, foreign } = await openPage(sites.browser, sites.sub.origin, { javaScriptEnabled: false, width: 390 });
    await page.goto(`${sites.sub.root}maps/`);
    const map = page.locator('#map-four-battles svg');
    await expect(map.isVisible()).resolves.toBe(true);
    const box = await map.boundingBox();
    expect(box!.width).toBeGreaterThan(300); // fills a phone's width
    await page.locator('#map-four-battles svg a.zone-link[data-zone="caokaifa"]:not(.zone-label)').click();
    await page.waitForURL((u) => u.hash === '#p17');
    expect(new URL(page.url()).pathname).toBe(`${SUB_PATH}chapters/urban-layout/`);
    await expect(page.locator('#p17').innerText()).resolves.toContain('漕开发，要塑造更新范例');
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('highlight a zone and its label on hover and on keyboard focus, in the map and in the list', async () => {
    const { page, context, consoleErrors } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}maps/`);
    const fig = page.locator('#map-golden-triangle');
    const active = () => fig.locator('.is-active').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-zone')}:${e.getAttribute('class')?.split(' ')[0] ?? e.tagName}`));
    await expect(active()).resolves.toEqual([]);

    await fig.locator('.zone-map-list li[data-zone="hengfu"]').hover();
    const hovered = await active();
    expect(hovered.filter((s) => s === 'hengfu:zone-link')).toHaveLength(2); // the marker and the label
    expect(hovered.every((s) => s.startsWith('hengfu:'))).toBe(true);

    await page.mouse.move(0, 0);
    await fig.locator('svg a.zone-link[data-zone="binjiang"]:not(.zone-label)').focus();
    const focused = await active();
    expect(focused.length).toBeGreaterThanOrEqual(4); // marker, label, extent, list item, list link
    expect(focused.every((s) => s.startsWith('binjiang:'))).toBe(true);
    const labelFill = await fig.locator('svg a.zone-label[data-zone="binjiang"] text').evaluate((t) => getComputedStyle(t).fill);
    expect(labelFill).toBe('rgb(26, 95, 208)');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('reach each zone on the map by keyboard (labels are not extra tab stops)', async () => {
    const { page, context } = await openPage(sites.browser, sites.root.origin);
    await page.goto(`${sites.root.root}chapters/urban-layout/`);
    const stops = await page.locator('#map-four-battles svg a').evaluateAll((as) => as.filter((a) => (a as SVGAElement).tabIndex >= 0).map((a) => a.getAttribute('data-zone')));
    expect(stops).toEqual(['xujiahui', 'binjiang', 'caokaifa', 'huajing']);
    await context.close();
  });
});
